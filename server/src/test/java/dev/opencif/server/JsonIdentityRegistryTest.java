package dev.opencif.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opencif.application.port.out.CitizenRecord;
import dev.opencif.domain.customer.AddressType;
import dev.opencif.domain.identifier.NationalId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonIdentityRegistryTest {

    @Test
    void the_demo_registry_knows_its_fictional_citizens_with_their_addresses() {
        JsonIdentityRegistry registry = JsonIdentityRegistry.demo();
        CitizenRecord deniz = registry.lookup(NationalId.turkish("10000000146")).orElseThrow();
        assertThat(deniz.name().first()).isEqualTo("Deniz");
        assertThat(deniz.birthDate()).isEqualTo(LocalDate.of(1990, 4, 12));
        assertThat(deniz.registeredAddress().type()).isEqualTo(AddressType.REGISTERED);
        assertThat(deniz.registeredAddress().city()).isEqualTo("İstanbul");
        assertThat(registry.lookup(NationalId.turkish("20000000428")).orElseThrow().registeredAddress()).isNull();
        assertThat(registry.lookup(NationalId.turkish("63021011790"))).isEmpty();
        assertThat(registry.size()).isEqualTo(6);
    }

    @Test
    void reads_citizens_from_a_file(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("citizens.json");
        Files.writeString(file, "{\"citizens\":[{\"kind\":\"VN_CCCD\",\"nationalId\":\"001099012345\",\"firstName\":\"An\","
                + "\"lastName\":\"Nguyen\",\"birthDate\":\"1999-09-09\"}]}");
        JsonIdentityRegistry registry = JsonIdentityRegistry.fromFile(file);
        assertThat(registry.lookup(NationalId.vietnamese("001099012345"))).isPresent();
    }

    @Test
    void refuses_files_with_invalid_or_duplicate_citizens(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"citizens\":[{\"nationalId\":\"12345678901\",\"firstName\":\"X\",\"birthDate\":\"2000-01-01\"}]}");
        assertThatThrownBy(() -> JsonIdentityRegistry.fromFile(bad))
                .isInstanceOf(ConfigException.class).hasMessageContaining("citizens[0]").hasMessageContaining("TCKN");
        Path twice = dir.resolve("twice.json");
        String one = "{\"nationalId\":\"10000000146\",\"birthDate\":\"2000-01-01\"}";
        Files.writeString(twice, "{\"citizens\":[" + one + "," + one + "]}");
        assertThatThrownBy(() -> JsonIdentityRegistry.fromFile(twice))
                .isInstanceOf(ConfigException.class).hasMessageContaining("appears twice");
        Path noBirth = dir.resolve("nobirth.json");
        Files.writeString(noBirth, "{\"citizens\":[{\"nationalId\":\"10000000146\"}]}");
        assertThatThrownBy(() -> JsonIdentityRegistry.fromFile(noBirth))
                .isInstanceOf(ConfigException.class).hasMessageContaining("birthDate is required");
        Path shape = dir.resolve("shape.json");
        Files.writeString(shape, "{\"people\":[]}");
        assertThatThrownBy(() -> JsonIdentityRegistry.fromFile(shape))
                .isInstanceOf(ConfigException.class).hasMessageContaining("\"citizens\" array");
        assertThatThrownBy(() -> JsonIdentityRegistry.fromFile(dir.resolve("missing.json")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("cannot read");
    }
}
