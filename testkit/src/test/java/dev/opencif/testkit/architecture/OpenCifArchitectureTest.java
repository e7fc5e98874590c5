package dev.opencif.testkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/** Every architecture rule, applied to OpenCIF's own production classes (all modules on this classpath). */
@AnalyzeClasses(packages = "dev.opencif", importOptions = ImportOption.DoNotIncludeTests.class)
class OpenCifArchitectureTest {

    @ArchTest
    static final ArchTests opencif_follows_every_architecture_rule = ArchTests.in(OpenCifArchitectureRules.class);

    /** Guards against the rules passing vacuously because nothing was imported. */
    @ArchTest
    static void opencif_domain_and_testkit_classes_are_analysed(JavaClasses classes) {
        assertThat(classes.stream().map(c -> c.getPackageName()))
                .anyMatch(name -> name.startsWith("dev.opencif.domain"))
                .anyMatch(name -> name.startsWith("dev.opencif.testkit"));
        assertThat(classes.stream().map(c -> c.getPackageName()))
                .noneMatch(name -> name.startsWith("dev.opencif.archfixture"));
    }
}
