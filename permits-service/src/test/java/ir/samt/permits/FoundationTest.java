package ir.samt.permits;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import ir.samt.platform.testing.JwtKeysResource;
import ir.samt.platform.testing.KafkaBrokerResource;
import ir.samt.platform.testing.PostgresDatabaseResource;
import ir.samt.platform.testing.ServiceFoundationContract;
import ir.samt.permits.reference.UnitsServiceStub;

/** The real broker, a fresh permits_test database, test JWT keys and a units-service stub, declared once for every test here. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = { @ResourceArg(name = "database", value = "permits_test"), @ResourceArg(name = "proxied", value = "true") })
@WithTestResource(value = JwtKeysResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = UnitsServiceStub.class, scope = TestResourceScope.GLOBAL)
class FoundationTest extends ServiceFoundationContract {
}
