package se.samverka.platform.api.data;

import io.micronaut.core.convert.ConversionContext;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LinesConverterTest {

    final LinesConverter converter = new LinesConverter();

    @Test
    void linesAreKeptOnePerLineAndBlankOnesAreDropped() {
        assertThat(converter.convertToPersistedValue(List.of("Socialtjänsten", "Junis"), ConversionContext.DEFAULT))
                .isEqualTo("Socialtjänsten\nJunis");
        assertThat(converter.convertToEntityValue("Socialtjänsten\n\nJunis\n", ConversionContext.DEFAULT))
                .containsExactly("Socialtjänsten", "Junis");
        assertThat(converter.convertToEntityValue(null, ConversionContext.DEFAULT)).isEmpty();
        assertThat(converter.convertToPersistedValue(null, ConversionContext.DEFAULT)).isEmpty();
    }
}
