package io.shopml.serving.forecast;

import io.shopml.serving.errors.InvalidInputException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Parses the dates clients send: YYYY-MM (first of the month) or YYYY-MM-DD. */
final class ForecastDates {

    private ForecastDates() {
    }

    static LocalDate parse(String text, String what) {
        try {
            return text.length() == 7 ? YearMonth.parse(text).atDay(1) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(what + ": '" + text + "' is not a date; expected YYYY-MM or YYYY-MM-DD");
        }
    }
}
