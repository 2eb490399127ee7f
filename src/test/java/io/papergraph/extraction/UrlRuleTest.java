package io.papergraph.extraction;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UrlRuleTest {

    @ParameterizedTest(name = "{0}")
    @DisplayName("one URL per text, trailing punctuation stripped")
    @CsvSource(delimiter = '|', value = {
            "Code is available at https://github.com/acme/step-planner. | https://github.com/acme/step-planner",
            "See github.com/acme/repo for the code.                      | github.com/acme/repo",
            "Project page: acme-lab.github.io/stepwise.                  | acme-lab.github.io/stepwise",
            "Demos are hosted at acme.github.io                          | acme.github.io",
            "A mirror exists (https://acme.ai/stepwise).                 | https://acme.ai/stepwise",
            "Data: www.data-hub.net/planning;                            | www.data-hub.net/planning",
            "Weights: http://models.acme.org/v1.2/weights!               | http://models.acme.org/v1.2/weights",
            "Weights: models.uni-acme.de/planner/v2.                     | models.uni-acme.de/planner/v2",
            "Data at anonymous.4open.science/r/plan-1A2B                 | anonymous.4open.science/r/plan-1A2B",
            "Visit our website at acme-planner.com for demos.            | acme-planner.com",
            "Videos and code are available at stepwise.ai.               | stepwise.ai",
            "Our code and adapters are available at StepHub.ml.          | StepHub.ml",
            "Project page: plan.acme.org                                 | plan.acme.org",
            "For the demo, see stepwise-agents.com for details.          | stepwise-agents.com",
            "Code is available athttps://github.com/acme/planner.         | https://github.com/acme/planner",
            "The code can be accessed via plan.cs.acme-uni.edu.          | plan.cs.acme-uni.edu",
            "The data is available for download at data.acme.net.       | data.acme.net",
            "It is found on our project website at stepwise.acme.org.   | stepwise.acme.org",
            "More details at stepwise.acme.org.                         | stepwise.acme.org",
            "Code and data are publicly available plan.cs.acme-uni.edu   | plan.cs.acme-uni.edu",
    })
    void urls(String text, String url) {
        assertEquals(List.of(url), UrlRule.apply(text));
    }

    @Test
    @DisplayName("several URLs are kept in order, duplicates once")
    void severalAndDuplicates() {
        assertEquals(List.of("https://example.org/demo", "https://github.com/acme/repo"),
                UrlRule.apply("Try the demo at https://example.org/demo, and the code at https://github.com/acme/repo. "
                        + "A copy is at https://github.com/acme/repo."));
    }

    @ParameterizedTest
    @DisplayName("abbreviations, decimals and fractions are not URLs")
    @ValueSource(strings = {
            "Scores are 3.5/5.0 on average.",
            "We use the U.S. census data.",
            "Strong models, e.g. GPT-4, fail.",
            "Contact the authors by email.",
            "Accuracy improves from 71.2% to 79.5%.",
            "Real-time updates use Socket.io and Node.js.",
            "Product reviews from Amazon.com are noisy.",
            "Reviews downloaded from Amazon.com are noisy.",
            "The plugin can be accessed via Node.js and React.js components.",
            "The training script can be accessed via train.py.",
            "More details at run.sh.",
            "Its details are in Socket.io and Node.js.",
            "Results are available at the U.S. census bureau.",
            "Code is at https://github. com/acme/repo.",
            "We scale from 7B to 70B.Then we report ablations/analyses.",
    })
    void negatives(String text) {
        assertEquals(List.of(), UrlRule.apply(text));
    }
}
