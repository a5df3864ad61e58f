package io.shopml.cli;

import io.shopml.training.forecast.ForecastDataPreparation;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Quickstart builds its data options without picocli: they must load what the CLI defaults load. */
class SalesDataOptionsTest {

    @Test
    void optionsBuiltInCode_loadTheSameDataAsTheCommandLineDefaults() {
        ForecastDataPreparation inCode = new SalesDataOptions().load();

        SalesDataOptions parsed = new SalesDataOptions();
        new CommandLine(parsed).parseArgs();
        ForecastDataPreparation fromFlags = parsed.load();

        assertEquals(fromFlags.data().sha256(), inCode.data().sha256());
        assertEquals(fromFlags.reports(), inCode.reports());
        assertEquals(309, inCode.data().series().get(0).size());
    }
}
