package dev.chanscope.system;

import dev.chanscope.lang.GoCompiler;
import java.util.List;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every JSON document the server reads (REST bodies, socket messages) is bounded, so a hostile document
 * costs little to reject: 64 levels of nesting, numbers of 100 characters, and a size just large enough
 * for the longest request that carries a program of {@link GoCompiler#MAX_SOURCE_BYTES} bytes.
 *
 * <p>Invariants: {@link #MAX_DOCUMENT_BYTES} holds that program with every byte written as a
 * six-character escape (backslash, {@code u}, four hex digits; a four-byte character is two escapes,
 * twelve characters for four bytes) plus the 64 KiB every other request field had before programs
 * were sent; {@link #MAX_STRING_LENGTH} is twice the program limit, so a program somewhat over the
 * limit still reaches the compiler and is refused with its size, not with a bound of JSON. Boot's own
 * customizers still apply on top of this builder.
 */
@Configuration
class JsonLimits {

    /** A program's longest JSON (6 bytes per source byte) and 64 KiB for everything else: 448 KiB. */
    static final long MAX_DOCUMENT_BYTES = 6L * GoCompiler.MAX_SOURCE_BYTES + 64 * 1024;

    static final int MAX_NESTING = 64;

    /** Characters (UTF-16 units) of one string: twice the most a program can have. */
    static final int MAX_STRING_LENGTH = 2 * GoCompiler.MAX_SOURCE_BYTES;

    static final int MAX_NUMBER_LENGTH = 100;

    @Bean
    @Scope("prototype")
    JsonMapper.Builder jsonMapperBuilder(List<JsonMapperBuilderCustomizer> customizers) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(MAX_DOCUMENT_BYTES)
                        .maxNestingDepth(MAX_NESTING)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .build())
                .build();
        JsonMapper.Builder builder = JsonMapper.builder(factory);
        customizers.forEach(c -> c.customize(builder));
        return builder;
    }
}
