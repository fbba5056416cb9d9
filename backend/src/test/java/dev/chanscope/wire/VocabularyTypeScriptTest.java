package dev.chanscope.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chanscope.support.ProjectPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The browser's event types and decoder tables (frontend/src/model/vocabulary.gen.ts) are exactly what
 * the Java declaration generates, so the two cannot drift apart. With {@code
 * -Dchanscope.vocabulary.write=true} (what {@code npm run vocabulary} passes) the file is written anew
 * instead of compared.
 */
class VocabularyTypeScriptTest {

    @Test
    void theCheckedInVocabularyIsWhatTheJavaDeclarationGenerates() throws Exception {
        Path root = ProjectPaths.repositoryRoot();
        Path file = root.resolve(VocabularyTypeScript.OUTPUT);
        String generated = VocabularyTypeScript.generate(root);
        if (Boolean.getBoolean("chanscope.vocabulary.write")) {
            Files.writeString(file, generated);
        }
        String checkedIn = Files.exists(file) ? Files.readString(file) : "";
        assertThat(checkedIn)
                .as(VocabularyTypeScript.OUTPUT + " is out of date with dev.chanscope.engine.event; run "
                        + VocabularyTypeScript.REGENERATE + " and commit the result")
                .isEqualTo(generated);
    }

    @Test
    void theGeneratedFileNamesTheSchemaIdTheServerSends() {
        String generated = VocabularyTypeScript.generate(ProjectPaths.repositoryRoot());
        assertThat(generated)
                .contains("export const SCHEMA_ID = '" + EventSchema.get().id() + "';")
                .contains("export type BlockReason = (typeof BLOCK_REASONS)[number];")
                .contains("  | GoBlockEvent\n")
                .contains("readonly reason: BlockReason;");
    }
}
