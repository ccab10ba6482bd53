package dev.memchaos.scenario;

import io.gatling.javaapi.core.Simulation;

/** A user's simulation class as validation sees it: on the classpath, extending Simulation (never run here). */
public class ExampleUserSimulation extends Simulation {
}
