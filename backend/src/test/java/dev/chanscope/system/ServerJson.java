package dev.chanscope.system;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server's JSON mapper for tests that run without a Spring context: built by the same
 * {@link JsonLimits} bean method, so it has the server's read limits and stays in step with them.
 * Boot's customizers are not applied (there is no context to supply them).
 */
public final class ServerJson {

    private ServerJson() {}

    public static JsonMapper mapper() {
        return new JsonLimits().jsonMapperBuilder(List.of()).build();
    }
}
