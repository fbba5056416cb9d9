package dev.chanscope.system;

import dev.chanscope.engine.RunLimits;
import dev.chanscope.scenario.RunRequestParser;
import dev.chanscope.scenario.ScenarioCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Exposes the (plain Java) scenario layer to Spring. */
@Configuration
class ScenarioConfig {

  @Bean
  ScenarioCatalog scenarioCatalog() {
    return ScenarioCatalog.builtIn();
  }

  @Bean
  RunRequestParser runRequestParser(ScenarioCatalog catalog) {
    return new RunRequestParser(catalog, RunLimits.DEFAULT);
  }
}
