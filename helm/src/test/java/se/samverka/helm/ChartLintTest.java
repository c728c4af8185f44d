package se.samverka.helm;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code helm lint --strict}: warnings fail it too. */
class ChartLintTest {

    @Test
    void strictLintPasses() {
        LintResult result = new Helm(Chart.DIR).lint().strict().call();

        assertThat(result.isFailed())
                .as("helm lint --strict on %s: %s", Chart.DIR, result.getMessages())
                .isFalse();
        assertThat(result.getMessages())
                .as("no warnings or errors (informational notes allowed)")
                .allSatisfy(message -> assertThat(message).doesNotContain("[WARNING]").doesNotContain("[ERROR]"));
    }
}
