package dev.memchaos.scenario;

import java.io.Serial;
import java.util.List;
import java.util.stream.Collectors;

/** A scenario file could not be used; lists every problem found, one per line. */
public class ScenarioException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String source;
    private final List<Problem> problems;

    public ScenarioException(String source, List<Problem> problems) {
        super(problems.stream().map(p -> p.describe(source)).collect(Collectors.joining(System.lineSeparator())));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public String source() {
        return source;
    }

    public List<Problem> problems() {
        return problems;
    }
}
