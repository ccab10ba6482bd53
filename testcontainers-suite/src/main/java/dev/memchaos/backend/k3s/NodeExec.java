package dev.memchaos.backend.k3s;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import dev.memchaos.backend.Target;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** A command left running inside the node whose output is read line by line as it comes. */
final class NodeExec {

    private NodeExec() {
    }

    /** Starts {@code command} in the container and hands each line it prints to {@code lines} until the handle is closed. */
    static Target.Revert streamLines(DockerClient client, String containerId, Consumer<String> lines, String... command) {
        String execId = client.execCreateCmd(containerId).withCmd(command).withAttachStdout(true).exec().getId();
        StringBuilder pending = new StringBuilder();
        ResultCallback.Adapter<Frame> callback = client.execStartCmd(execId).exec(new ResultCallback.Adapter<>() {
            @Override
            public void onNext(Frame frame) {
                if (frame.getStreamType() != StreamType.STDOUT && frame.getStreamType() != StreamType.RAW) {
                    return;
                }
                pending.append(new String(frame.getPayload(), StandardCharsets.UTF_8));
                for (int newline = pending.indexOf("\n"); newline >= 0; newline = pending.indexOf("\n")) {
                    lines.accept(pending.substring(0, newline));
                    pending.delete(0, newline + 1);
                }
            }
        });
        return new Target.Revert() {
            private boolean closed;

            @Override
            public synchronized void close() {
                if (!closed) {
                    closed = true;
                    try {
                        callback.close();
                    } catch (IOException ignored) {
                        // the command dies at its next write once nobody reads it
                    }
                }
            }
        };
    }
}
