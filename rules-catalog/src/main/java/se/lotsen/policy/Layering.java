package se.lotsen.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * How a layer's YAML lies on its base's: objects merge key by key, lists of entries with an
 * {@code id} (or {@code code}) merge entry by entry (the layer's entry replaces the base's), and
 * anything else the layer gives replaces the base's value.
 */
final class Layering {
    private Layering() {
    }

    static JsonNode merge(JsonNode base, JsonNode layer) {
        if (base == null || base.isNull()) {
            return layer == null ? null : layer.deepCopy();
        }
        if (layer == null || layer.isNull() || layer.isMissingNode()) {
            return base.deepCopy();
        }
        if (base.isObject() && layer.isObject()) {
            ObjectNode merged = ((ObjectNode) base).deepCopy();
            for (Map.Entry<String, JsonNode> field : layer.properties()) {
                merged.set(field.getKey(), merge(merged.get(field.getKey()), field.getValue()));
            }
            return merged;
        }
        if (base.isArray() && layer.isArray() && keyOf(base) != null && keyOf(base).equals(keyOf(layer))) {
            String key = keyOf(base);
            ArrayNode merged = ((ArrayNode) base).deepCopy();
            for (JsonNode entry : layer) {
                boolean replaced = false;
                for (int i = 0; i < merged.size(); i++) {
                    if (merged.get(i).path(key).equals(entry.path(key))) {
                        merged.set(i, merge(merged.get(i), entry));
                        replaced = true;
                    }
                }
                if (!replaced) {
                    merged.add(entry.deepCopy());
                }
            }
            return merged;
        }
        return layer.deepCopy();
    }

    /** The key that names a list's entries, when every entry has one. */
    private static String keyOf(JsonNode list) {
        for (String key : new String[] {"id", "code"}) {
            boolean all = list.size() > 0;
            for (JsonNode entry : list) {
                all &= entry.isObject() && entry.hasNonNull(key);
            }
            if (all) {
                return key;
            }
        }
        return null;
    }
}
