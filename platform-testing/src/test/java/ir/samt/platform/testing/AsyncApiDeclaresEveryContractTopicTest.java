package ir.samt.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import ir.samt.kafka.ContractTopics;

/**
 * docs/asyncapi.yaml is what other systems read to find our topics: it declares every topic of the contract
 * (the list the broker, the manifests and the services share), the dead letters included, and no other.
 */
class AsyncApiDeclaresEveryContractTopicTest {

    @Test
    void everyContractTopicIsAChannelOfTheAsyncApiDocument() {
        assertThat(AsyncApiContract.load().channelAddresses())
                .isEqualTo(ContractTopics.ALL.stream().map(ContractTopics.Topic::name).collect(Collectors.toSet()));
    }
}
