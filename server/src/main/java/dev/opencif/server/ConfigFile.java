package dev.opencif.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The server's settings file as flat dotted keys ({@code esb.clients.my-app.secret}): a {@code .properties} file
 * as it is, a {@code .json} file flattened (objects become dotted paths, arrays comma-separated lists).
 */
public final class ConfigFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> values;
    private final String source;

    ConfigFile(Map<String, String> values, String source) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
        this.source = source;
    }

    public static ConfigFile empty() {
        return new ConfigFile(Map.of(), "(none)");
    }

    public static ConfigFile load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("configuration file " + file.toAbsolutePath() + " does not exist");
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            boolean json = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")
                    || text.stripLeading().startsWith("{");
            return json ? parseJson(text, file.toString()) : parseProperties(text, file.toString());
        } catch (IOException e) {
            throw new ConfigException("cannot read configuration file " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    static ConfigFile parseProperties(String text, String source) {
        Properties properties = new Properties();
        try (Reader reader = new StringReader(text)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("configuration " + source + " is not a valid properties file: " + e.getMessage(), e);
        }
        Map<String, String> values = new TreeMap<>();
        properties.stringPropertyNames().forEach(name -> values.put(name.strip(), properties.getProperty(name).strip()));
        return new ConfigFile(values, source);
    }

    static ConfigFile parseJson(String text, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (IOException e) {
            throw new ConfigException("configuration " + source + " is not valid JSON (line "
                    + lineOf(e) + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new ConfigException("configuration " + source + " must be a JSON object");
        }
        Map<String, String> values = new TreeMap<>();
        flatten("", root, values);
        return new ConfigFile(values, source);
    }

    private static String lineOf(IOException e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException p && p.getLocation() != null) {
            return String.valueOf(p.getLocation().getLineNr());
        }
        return "?";
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), out);
            }
        } else if (node.isArray()) {
            List<String> items = new ArrayList<>();
            for (JsonNode item : node) {
                if (item.isContainerNode()) {
                    throw new ConfigException("configuration key " + prefix + ": lists may hold only plain values");
                }
                items.add(item.asText());
            }
            out.put(prefix, String.join(",", items));
        } else if (!node.isNull()) {
            out.put(prefix, node.asText().strip());
        }
    }

    public Optional<String> get(String key) {
        String value = values.get(key);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** The distinct names directly below {@code prefix} (e.g. the client ids below {@code esb.clients}). */
    public List<String> children(String prefix) {
        String start = prefix + ".";
        TreeSet<String> names = new TreeSet<>();
        for (String key : values.keySet()) {
            if (key.startsWith(start)) {
                String rest = key.substring(start.length());
                int dot = rest.indexOf('.');
                names.add(dot < 0 ? rest : rest.substring(0, dot));
            }
        }
        return List.copyOf(names);
    }

    public Map<String, String> values() {
        return values;
    }

    public String source() {
        return source;
    }

    /** A list value split at commas, blanks dropped. */
    public List<String> list(String key) {
        List<String> items = new ArrayList<>();
        get(key).ifPresent(v -> {
            for (String item : v.split(",")) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
        });
        return items;
    }
}
