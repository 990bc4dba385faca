package ir.samt.stats.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonIncludeProperties;

import ir.samt.contracts.EventData;
import ir.samt.contracts.EventType;

/** What the reader binds of each event type is named in strings; these keep the names honest. */
class EventReaderTest {

    @Test
    void whatStatsReadsOfAnEventTypeAreFieldsOfItsRecord() {
        EventReader.COUNTED.forEach((type, counted) -> {
            String[] read = counted.getAnnotation(JsonIncludeProperties.class).value();
            assertThat(Arrays.stream(type.dataType().getRecordComponents()).map(RecordComponent::getName))
                    .as(type + " reads " + counted.getSimpleName()).contains(read);
        });
    }

    @Test
    void everyLicenceUnitAndEstateEventTypeOfTheContractIsRead() {
        assertThat(EventReader.COUNTED.keySet()).containsExactlyInAnyOrderElementsOf(Arrays.stream(EventType.values())
                .filter(type -> EventData.class.isAssignableFrom(type.dataType())).toList());
    }
}
