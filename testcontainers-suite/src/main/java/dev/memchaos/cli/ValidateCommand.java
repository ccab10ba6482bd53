package dev.memchaos.cli;

import dev.memchaos.scenario.Scenario;
import dev.memchaos.scenario.ScenarioException;
import dev.memchaos.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code memchaos validate}: check scenario files without starting anything. */
@Command(name = "validate", description = "Check scenario files and report every problem at once; starts nothing.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "a scenario file, or a name from chaos-scenarios/")
    List<String> scenarios;

    @Override
    public Integer call() {
        ScenarioResolver resolver = new ScenarioResolver(ScenarioResolver.home());
        boolean allValid = true;
        for (String name : scenarios) {
            Path file = resolver.resolve(name);
            try {
                Scenario scenario = ScenarioLoader.load(file);
                System.out.println(file + ": valid (" + scenario.variants().size() + " variants, "
                        + scenario.thresholds().all().size() + " thresholds)");
            } catch (ScenarioException e) {
                System.err.println(e.getMessage());
                allValid = false;
            }
        }
        return allValid ? ExitCode.PASS.code : ExitCode.INVALID_INPUT.code;
    }
}
