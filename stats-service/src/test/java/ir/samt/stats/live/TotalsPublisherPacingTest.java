package ir.samt.stats.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TotalsPublisherPacingTest {

    @Test
    void quickFlushesKeepTheConfiguredInterval() {
        assertEquals(1000, TotalsPublisher.pauseAfter(12, 1000, 4));
    }

    @Test
    void slowFlushesBackOffSoThePublisherIsBusyAtMostAFifthOfTheTime() {
        assertEquals(2400, TotalsPublisher.pauseAfter(600, 1000, 4));
    }
}
