package dev.memchaos.cli;

import dev.memchaos.scenario.Printable;
import dev.memchaos.scenario.Scenario;
import dev.memchaos.scenario.ScenarioException;
import dev.memchaos.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code memchaos validate}: check scenario files without starting anything. */
@Command(name = "validate", description = "Check scenario files and report every problem at once; starts nothing.",
        exitCodeList = {
            "0:every scenario is valid",
            "2:a scenario or the command line is invalid (a line per problem, naming the file, line and field)",
            "4:memchaos met a bug (the message says where its trace is)"})
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "a scenario file, or a name from chaos-scenarios/")
    List<String> scenarios;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ScenarioResolver resolver = new ScenarioResolver(ScenarioResolver.home());
        boolean allValid = true;
        for (String name : scenarios) {
            try {
                Path file = resolver.resolve(name);
                Scenario scenario = ScenarioLoader.load(file);
                System.out.println(Printable.of(file + ": valid (" + scenario.variants().size() + " variants, "
                        + scenario.thresholds().all().size() + " thresholds)"));
            } catch (ArgumentException e) {
                ErrorLine.say(spec.qualifiedName(), e.getMessage());
                allValid = false;
            } catch (ScenarioException e) {
                ErrorLine.sayEachLine(e.getMessage());
                allValid = false;
            }
        }
        return allValid ? ExitCode.PASS.code : ExitCode.INVALID_INPUT.code;
    }
}
