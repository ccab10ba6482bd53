package dev.memchaos.simulations;

import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/** A reference workload's request: it succeeds on status 200 only, as mapsvc answers every good request. */
final class ReferenceRequest {

    static final int OK = 200;

    private ReferenceRequest() {
    }

    static ChainBuilder recorded(HttpRequestActionBuilder request) {
        return ResponseTimes.recorded(request, status().is(OK));
    }
}
