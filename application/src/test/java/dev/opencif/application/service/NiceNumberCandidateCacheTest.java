package dev.opencif.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opencif.application.port.in.account.NiceNumberOffer;
import dev.opencif.domain.account.AccountNumber;
import dev.opencif.domain.error.ValidationException;
import dev.opencif.domain.nicenumber.NiceNumberCandidates;
import dev.opencif.domain.nicenumber.NiceNumberRules;
import dev.opencif.domain.nicenumber.NicePattern;
import dev.opencif.domain.nicenumber.NicePattern.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NiceNumberCandidateCacheTest {
    private static final NicePattern ENDS_8888 = new NicePattern(Kind.SUFFIX, "8888");
    private static final NicePattern ENDS_68 = new NicePattern(Kind.SUFFIX, "68");
    private static final NicePattern STARTS_99 = new NicePattern(Kind.PREFIX, "99");

    private final NiceNumberCandidateCache cache = new NiceNumberCandidateCache(
            NiceNumberCandidateCache.DEFAULT_MAX_ENTRIES, NiceNumberCandidateCache.DEFAULT_MAX_CANDIDATES);

    static Stream<Arguments> searches() {
        return Stream.of(
                Arguments.of(Kind.SUFFIX, "8888", 10, 40),
                Arguments.of(Kind.SUFFIX, "888", 10, 320),
                Arguments.of(Kind.PREFIX, "99", 10, 20),
                Arguments.of(Kind.CONTAINS, "68", 12, 1_600),
                Arguments.of(Kind.REPEATED, "8888", 10, 25),
                Arguments.of(Kind.EXACT, "5123458888", 10, 3),
                Arguments.of(Kind.EXACT, "88888888", 10, 3),
                Arguments.of(Kind.SUFFIX, "68", 6, 10_000));
    }

    @ParameterizedTest(name = "{0} {1}, length {2}, wanted {3}")
    @MethodSource("searches")
    void gives_the_generated_candidates_in_order_each_with_its_tier(Kind kind, String digits, int length, int wanted) {
        NicePattern pattern = new NicePattern(kind, digits);
        List<AccountNumber> generated = NiceNumberCandidates.generate(pattern, length, wanted);

        List<NiceNumberOffer> first = cache.classified(pattern, length, wanted);
        List<NiceNumberOffer> again = cache.classified(new NicePattern(kind, digits), length, wanted);

        assertThat(first).extracting(NiceNumberOffer::number).containsExactlyElementsOf(generated);
        assertThat(first).allSatisfy(o -> assertThat(o.tier()).isEqualTo(NiceNumberRules.classify(o.number())));
        assertThat(again).isEqualTo(first);
    }

    @Test
    void answers_a_repeated_request_from_memory_with_an_immutable_list() {
        List<NiceNumberOffer> first = cache.classified(ENDS_8888, 10, 40);

        assertThat(cache.classified(new NicePattern(Kind.SUFFIX, "8888"), 10, 40)).isSameAs(first);
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.candidateCount()).isEqualTo(first.size());
        assertThatThrownBy(() -> first.add(first.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void keeps_one_entry_per_pattern_length_and_count() {
        List<NiceNumberOffer> base = cache.classified(ENDS_8888, 10, 40);

        assertThat(cache.classified(ENDS_8888, 12, 40)).isNotSameAs(base)
                .allSatisfy(o -> assertThat(o.number().value()).hasSize(12));
        assertThat(cache.classified(ENDS_8888, 10, 160)).isNotSameAs(base).hasSizeGreaterThan(base.size());
        assertThat(cache.classified(new NicePattern(Kind.CONTAINS, "8888"), 10, 40)).isNotSameAs(base);
        assertThat(cache.size()).isEqualTo(4);
        assertThat(cache.classified(ENDS_8888, 10, 40)).isSameAs(base);
    }

    @Test
    void evicts_the_least_recently_used_entry_beyond_its_entry_bound() {
        NiceNumberCandidateCache small = new NiceNumberCandidateCache(2, 100_000);
        List<NiceNumberOffer> a = small.classified(ENDS_8888, 10, 40);
        List<NiceNumberOffer> b = small.classified(ENDS_68, 10, 40);
        assertThat(small.classified(ENDS_8888, 10, 40)).isSameAs(a);

        small.classified(STARTS_99, 10, 40);

        assertThat(small.size()).isEqualTo(2);
        assertThat(small.classified(ENDS_8888, 10, 40)).isSameAs(a);
        List<NiceNumberOffer> bAgain = small.classified(ENDS_68, 10, 40);
        assertThat(bAgain).isNotSameAs(b).isEqualTo(b);
        assertThat(small.size()).isEqualTo(2);
    }

    @Test
    void evicts_until_the_candidates_held_fit_their_bound() {
        NiceNumberCandidateCache small = new NiceNumberCandidateCache(100, 100);
        List<NiceNumberOffer> a = small.classified(ENDS_8888, 10, 40);
        List<NiceNumberOffer> b = small.classified(ENDS_68, 10, 40);
        List<NiceNumberOffer> c = small.classified(STARTS_99, 10, 40);
        assertThat(a.size() + b.size() + c.size()).as("the three lists together exceed the bound").isGreaterThan(100);

        assertThat(small.candidateCount()).isLessThanOrEqualTo(100).isEqualTo(b.size() + c.size());
        assertThat(small.size()).isEqualTo(2);
        assertThat(small.classified(STARTS_99, 10, 40)).isSameAs(c);
    }

    @Test
    void does_not_keep_a_list_larger_than_its_whole_candidate_bound() {
        NiceNumberCandidateCache small = new NiceNumberCandidateCache(100, 10);
        List<NiceNumberOffer> kept = small.classified(ENDS_8888, 10, 5);

        List<NiceNumberOffer> large = small.classified(ENDS_68, 10, 40);

        assertThat(large).extracting(NiceNumberOffer::number)
                .containsExactlyElementsOf(NiceNumberCandidates.generate(ENDS_68, 10, 40));
        assertThat(small.size()).isEqualTo(1);
        assertThat(small.classified(ENDS_8888, 10, 5)).isSameAs(kept);
    }

    @Test
    void keeps_nothing_when_the_generator_refuses_the_arguments() {
        assertThatThrownBy(() -> cache.classified(ENDS_8888, 5, 40)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> cache.classified(ENDS_8888, 10, 10_001)).isInstanceOf(ValidationException.class);

        assertThat(cache.size()).isZero();
        assertThat(cache.candidateCount()).isZero();
    }

    @Test
    void stays_bounded_and_correct_under_concurrent_use() throws Exception {
        NiceNumberCandidateCache small = new NiceNumberCandidateCache(3, 100_000);
        List<NicePattern> patterns = List.of(ENDS_8888, ENDS_68, STARTS_99, new NicePattern(Kind.CONTAINS, "2024"),
                new NicePattern(Kind.REPEATED, "777"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                NicePattern pattern = patterns.get(i % patterns.size());
                int wanted = 10 + i % 7;
                Callable<Boolean> call = () -> small.classified(pattern, 10, wanted).stream().map(NiceNumberOffer::number)
                        .toList().equals(NiceNumberCandidates.generate(pattern, 10, wanted));
                results.add(pool.submit(call));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(small.size()).isLessThanOrEqualTo(3);
    }
}
