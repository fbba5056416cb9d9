package dev.chanscope.lang.types;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every std declaration file parses and type-checks, and declares the package its path names. */
class StdLibraryTest {

    static final java.util.List<String> PATHS = StdLibrary.PATHS;

    static java.util.List<String> paths() {
        return PATHS;
    }

    @ParameterizedTest
    @FieldSource("PATHS")
    void stdPackageDeclarationsTypeCheck(String path) {
        StdLibrary.StdPackage p = StdLibrary.shared().get(path);
        assertThat(p).isNotNull();
        assertThat(p.pkg().path()).isEqualTo(path);
        assertThat(p.pkg().name()).isEqualTo(path.substring(path.lastIndexOf('/') + 1));
        assertThat(p.pkg().scope().elems()).isNotEmpty();
    }
}
