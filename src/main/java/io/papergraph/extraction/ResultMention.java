package io.papergraph.extraction;

/**
 * A numeric result stated in an abstract.
 *
 * @param value     the value as written ({@code 23.5%}, {@code 3x}, {@code 0.73}, {@code 35.8% to 79.5%})
 * @param unit      {@code %}, {@code x}, {@code points} or empty
 * @param kind      absolute, absolute_gain, relative_gain or other
 * @param benchmark the benchmark named in the same sentence, or null
 * @param metric    the metric named in the same sentence, or null
 */
public record ResultMention(String value, String unit, String kind, String benchmark, String metric,
                            String evidence, String rule, double confidence) {
}
