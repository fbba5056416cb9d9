package dev.chanscope.system;

import dev.chanscope.scenario.RunRequestParser;
import dev.chanscope.scenario.ScenarioCatalog;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Exposes the (plain Java) scenario layer to Spring, with the run limits from configuration. */
@Configuration
@EnableConfigurationProperties(ChanscopeProperties.class)
class ScenarioConfig {

    @Bean
    ScenarioCatalog scenarioCatalog() {
        return ScenarioCatalog.builtIn();
    }

    @Bean
    RunRequestParser runRequestParser(ScenarioCatalog catalog, ChanscopeProperties properties) {
        return new RunRequestParser(catalog, properties.runs().limits());
    }
}
