package dev.opencif.testkit.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.opencif.application.OpenCif;
import dev.opencif.testkit.memory.InMemoryAdapters;
import dev.opencif.testkit.MutableClock;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The facade hands out every use case of {@code port.in}, each wired to a working service. */
class OpenCifFacadeTest {

    @Test
    void exposes_every_use_case_exactly_once() throws Exception {
        List<Class<?>> useCases = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.opencif.application.port.in").stream()
                .filter(c -> c.isInterface() && c.getSimpleName().endsWith("UseCase"))
                .map(JavaClass::reflect)
                .toList();
        OpenCif opencif = OpenCif.builder().ports(InMemoryAdapters.create(MutableClock.standard()).ports()).build();
        List<Method> accessors = Arrays.stream(OpenCif.class.getMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0)
                .filter(m -> m.getReturnType().getSimpleName().endsWith("UseCase"))
                .toList();

        assertThat(useCases).hasSizeGreaterThanOrEqualTo(49);
        for (Class<?> useCase : useCases) {
            List<Method> matching = accessors.stream().filter(m -> m.getReturnType().equals(useCase)).toList();
            assertThat(matching).as("accessor for %s", useCase.getSimpleName()).hasSize(1);
            assertThat(matching.get(0).invoke(opencif)).as("%s is wired", useCase.getSimpleName()).isInstanceOf(useCase);
        }
    }

    @Test
    void refuses_to_build_without_ports() {
        assertThatThrownBy(() -> OpenCif.builder().build()).isInstanceOf(NullPointerException.class).hasMessage("ports");
    }
}
