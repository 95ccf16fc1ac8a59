package io.earmark.deploy.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that injects the {@link SharedStack} into any {@link KafkaStack} parameter (constructor,
 * {@code @BeforeAll}, {@code @BeforeEach}, test method). Usage:
 * <pre>{@code
 * @ExtendWith(KafkaStackExtension.class)
 * class MyIT {
 *     @Test
 *     void shouldDoSomething(KafkaStack stack) { ... stack.bootstrapServers() ... stack.registryUrl() ... }
 * }
 * }</pre>
 */
public final class KafkaStackExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == KafkaStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return SharedStack.get();
    }
}
