package dev.opencif.server;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The API credentials of every dialect: clients with hashed secrets (ESB, inter-API, callAction, bLink) and the
 * counterparty JWT settings. Read from the configuration file, or generated for development on the embedded database.
 */
public final class DialectCredentials {
    /** Where generated development credentials are kept, inside the data directory, so restarts reuse them. */
    public static final String DEV_FILE = "dev-credentials.properties";

    private static final List<Dialect> CLIENT_DIALECTS = List.of(Dialect.ESB, Dialect.INTERAPI, Dialect.CALLACTION, Dialect.BLINK);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final List<ClientSecret> clients;
    private final CounterpartyJwtSettings counterpartyJwt;
    private final boolean generated;

    DialectCredentials(List<ClientSecret> clients, CounterpartyJwtSettings counterpartyJwt, boolean generated) {
        this.clients = List.copyOf(clients);
        this.counterpartyJwt = counterpartyJwt;
        this.generated = generated;
    }

    /** The credentials in a configuration file (see README, "Configuration"). */
    public static DialectCredentials from(ConfigFile config) {
        return from(config, false);
    }

    private static DialectCredentials from(ConfigFile config, boolean generated) {
        List<ClientSecret> clients = new ArrayList<>();
        for (Dialect dialect : CLIENT_DIALECTS) {
            String base = dialect.key() + ".clients";
            for (String id : config.children(base)) {
                String prefix = base + "." + id;
                String secret = config.get(prefix + ".secret")
                        .orElseThrow(() -> new ConfigException(prefix + ".secret is missing"));
                List<String> roles = config.list(prefix + ".roles");
                String scope = config.get(prefix + ".scope").orElse(null);
                clients.add(generated
                        ? ClientSecret.generated(dialect, id, secret, roles, scope)
                        : ClientSecret.configured(dialect, id, secret, roles, scope));
            }
        }
        return new DialectCredentials(clients, counterpartyJwt(config, generated), generated);
    }

    private static CounterpartyJwtSettings counterpartyJwt(ConfigFile config, boolean generated) {
        Optional<String> hs = config.get("counterparty.jwt.hs256-secret");
        Optional<String> pem = config.get("counterparty.jwt.rs256-public-key");
        Optional<String> pemFile = config.get("counterparty.jwt.rs256-public-key-file");
        if (hs.isEmpty() && pem.isEmpty() && pemFile.isEmpty()) {
            return null;
        }
        String key = pem.orElse(null);
        if (key == null && pemFile.isPresent()) {
            try {
                key = Files.readString(Path.of(pemFile.get()), StandardCharsets.US_ASCII);
            } catch (IOException e) {
                throw new ConfigException("cannot read counterparty.jwt.rs256-public-key-file " + pemFile.get(), e);
            }
        }
        return new CounterpartyJwtSettings(hs.orElse(null), key, config.get("counterparty.jwt.issuer").orElse(null),
                config.get("counterparty.jwt.audience").orElse(null), generated);
    }

    /**
     * The development credentials kept in {@code dataDir}: read from {@link #DEV_FILE} when an earlier start made
     * them, otherwise generated now and written there (owner-readable only where the file system allows).
     */
    public static DialectCredentials developmentIn(Path dataDir) {
        Path file = dataDir.resolve(DEV_FILE);
        if (Files.isRegularFile(file)) {
            DialectCredentials existing = from(ConfigFile.load(file), true);
            if (!existing.isEmpty()) {
                return existing;
            }
        }
        Properties properties = new Properties();
        properties.setProperty("esb.clients.dev-esb-client.secret", randomSecret());
        properties.setProperty("interapi.clients.dev-interapi-app.secret", randomSecret());
        properties.setProperty("callaction.clients.dev-callaction-user.secret", randomSecret());
        properties.setProperty("blink.clients.dev-blink-service-user.secret", randomSecret());
        properties.setProperty("counterparty.jwt.hs256-secret", randomSecret());
        properties.setProperty("counterparty.jwt.issuer", "opencif-dev");
        properties.setProperty("counterparty.jwt.audience", "opencif");
        try {
            DataDirectory.prepare(dataDir);
            StringWriter text = new StringWriter();
            properties.store(text, "OpenCIF development credentials, generated on first start; delete to regenerate");
            Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the directory's own permissions apply
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        Map<String, String> values = new java.util.TreeMap<>();
        properties.stringPropertyNames().forEach(name -> values.put(name, properties.getProperty(name)));
        return from(new ConfigFile(values, file.toString()), true);
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public boolean isEmpty() {
        return clients.isEmpty() && counterpartyJwt == null;
    }

    /** Whether the server generated these (development only); then their secrets can be printed. */
    public boolean generated() {
        return generated;
    }

    public List<ClientSecret> clients() {
        return clients;
    }

    public List<ClientSecret> clients(Dialect dialect) {
        return clients.stream().filter(c -> c.dialect() == dialect).toList();
    }

    public Optional<CounterpartyJwtSettings> counterpartyJwt() {
        return Optional.ofNullable(counterpartyJwt);
    }

    /** How many clients each dialect has, for the start banner. */
    public Map<Dialect, Integer> counts() {
        Map<Dialect, Integer> counts = new EnumMap<>(Dialect.class);
        clients.forEach(c -> counts.merge(c.dialect(), 1, Integer::sum));
        return counts;
    }
}
