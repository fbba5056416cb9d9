package dev.chanscope.system;

import dev.chanscope.playground.GoSourceResolver;
import dev.chanscope.run.RunRequestParser;
import dev.chanscope.run.SourceResolver;
import dev.chanscope.scenario.ScenarioCatalog;
import dev.chanscope.scenario.ScenarioResolver;
import dev.chanscope.scenario.library.Library;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Exposes the (plain Java) run sources to Spring: the scenario library and its resolver, and the run
 * request parser with the run limits from configuration. Every {@link SourceResolver} bean is a kind
 * of source the parser accepts; the scenario library's comes first (it names the required field).
 */
@Configuration
@EnableConfigurationProperties(ChanscopeProperties.class)
class ScenarioConfig {

    @Bean
    ScenarioCatalog scenarioCatalog() {
        return Library.catalog();
    }

    @Bean
    @Order(0)
    ScenarioResolver scenarioResolver(ScenarioCatalog catalog) {
        return new ScenarioResolver(catalog);
    }

    /** Go source a user typed: {@code "source"}, {@code "goVersion"} (docs/protocol.md). */
    @Bean
    @Order(1)
    GoSourceResolver goSourceResolver() {
        return new GoSourceResolver();
    }

    @Bean
    RunRequestParser runRequestParser(List<SourceResolver> resolvers, ChanscopeProperties properties) {
        return new RunRequestParser(properties.runs().limits(), resolvers);
    }
}
