package io.shopml.datasets.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.shopml.datasets.DatasetException;
import org.junit.jupiter.api.Test;

class StandardScalerTest {

    @Test
    void fit_usesMeanAndPopulationStd_ignoringNaN() {
        StandardScaler scaler = StandardScaler.fit(new double[] {2, 4, Double.NaN, 4, 4, 5, 5, 7, 9});

        assertEquals(new StandardScaler(5, 2), scaler);
        assertEquals(2.0, scaler.transform(9));
        assertEquals(-1.5, scaler.transform(2));
    }

    @Test
    void transformThenInverse_returnsTheOriginalValues() {
        double[] values = {3459, 3458, 4002, 4564, 11917};
        StandardScaler scaler = StandardScaler.fit(values);

        assertArrayEquals(values, scaler.inverse(scaler.transform(values)), 1e-9);
        assertEquals(0.0, StandardScaler.fit(scaler.transform(values)).mean(), 1e-12);
        assertEquals(1.0, StandardScaler.fit(scaler.transform(values)).std(), 1e-12);
    }

    @Test
    void fit_constantValues_getStdOne_andTransformToZero() {
        StandardScaler scaler = StandardScaler.fit(new double[] {7, 7, 7});

        assertEquals(new StandardScaler(7, 1), scaler);
        assertArrayEquals(new double[] {0, 0, 0}, scaler.transform(new double[] {7, 7, 7}));
    }

    @Test
    void fit_noValues_isRefused() {
        DatasetException error = assertThrows(DatasetException.class,
                () -> StandardScaler.fit(new double[] {Double.NaN, Double.NaN}));

        assertEquals("cannot fit a scaler: all 2 values are missing (NaN)", error.getMessage());
    }

    @Test
    void json_roundTrip_keepsMeanAndStd() throws Exception {
        ObjectMapper json = new ObjectMapper();
        StandardScaler scaler = new StandardScaler(8291.5, 2437.25);

        String text = json.writeValueAsString(scaler);

        assertEquals("{\"mean\":8291.5,\"std\":2437.25}", text);
        assertEquals(scaler, json.readValue(text, StandardScaler.class));
    }

    @Test
    void constructor_refusesZeroStd() {
        assertThrows(IllegalArgumentException.class, () -> new StandardScaler(1, 0));
    }
}
