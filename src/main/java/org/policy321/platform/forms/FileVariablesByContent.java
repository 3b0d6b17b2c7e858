package org.policy321.platform.forms;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.springframework.stereotype.Component;

/**
 * Puts {@link ContentTypedFileSerializer} before the engine's own File serializer: the engine writes a
 * value with the first serializer that takes it, and reads by name ("file"), which the engine's still
 * does in the same way.
 */
@Component
class FileVariablesByContent extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<TypedValueSerializer> serializers = configuration.getCustomPreVariableSerializers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreVariableSerializers());
    serializers.add(0, new ContentTypedFileSerializer());
    configuration.setCustomPreVariableSerializers(serializers);
  }
}
