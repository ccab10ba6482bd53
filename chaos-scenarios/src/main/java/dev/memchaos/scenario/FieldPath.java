package dev.memchaos.scenario;

/** Where a value sits in the scenario file, shown like {@code variants[1].memory}. */
record FieldPath(FieldPath parent, String name, int index) {

    static final FieldPath ROOT = new FieldPath(null, null, -1);

    FieldPath child(String field) {
        return new FieldPath(this, field, -1);
    }

    FieldPath at(int i) {
        return new FieldPath(this, null, i);
    }

    @Override
    public String toString() {
        if (parent == null) {
            return "";
        }
        String up = parent.toString();
        if (name == null) {
            return up + "[" + index + "]";
        }
        return up.isEmpty() ? name : up + "." + name;
    }
}
