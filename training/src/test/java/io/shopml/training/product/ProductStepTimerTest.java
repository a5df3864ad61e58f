package io.shopml.training.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductStepTimerTest {

    @Test
    void measure_splitsEveryTimedStepIntoItsFourPhases() {
        ProductStepTimer.Result result = ProductStepTimer.measure(ProductTrainerTest.TINY, 4, 1, 1);

        Map<String, Double> phases = result.phasesMs();
        assertEquals(List.of("batch", "forward", "backward", "update"), List.copyOf(phases.keySet()));
        phases.forEach((phase, ms) -> assertTrue(ms > 0, phase + " took no time: " + phases));
        double stepMs = 1000 / result.stepsPerSecond();
        double phaseSum = phases.values().stream().mapToDouble(Double::doubleValue).sum();
        assertTrue(phaseSum <= stepMs, "the phases (" + phaseSum + " ms) lie within the step (" + stepMs + " ms)");
    }
}
