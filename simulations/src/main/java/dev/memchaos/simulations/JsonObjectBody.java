package dev.memchaos.simulations;

/** A flat JSON object with a given number of keys, the shape of the parse incident's payload. */
public final class JsonObjectBody {

    private JsonObjectBody() {
    }

    public static String withKeys(int keys) {
        if (keys < 1) {
            throw new IllegalArgumentException("a JSON body needs at least one key, got " + keys);
        }
        StringBuilder json = new StringBuilder(keys * 32).append('{');
        for (int i = 0; i < keys; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append("\"field_").append(i).append("\":");
            switch (i % 3) {
                case 0 -> json.append('"').append("value-").append(i).append('"');
                case 1 -> json.append(i * 7);
                default -> json.append(i % 2 == 0);
            }
        }
        return json.append('}').toString();
    }
}
