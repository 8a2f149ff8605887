package org.convoca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class IoReasonTest {

  @Test
  void saysWhyInPlainWordsWithoutTheExceptionOrTheFile() {
    assertThat(IoReason.of(new AccessDeniedException("/srv/out/report.md"))).isEqualTo("permission denied");
    assertThat(IoReason.of(new NoSuchFileException("/srv/out"))).isEqualTo("no such file or folder");
    assertThat(IoReason.of(new FileSystemException("/srv/out/x", null, "No space left on device")))
        .isEqualTo("no space left on device");
    assertThat(IoReason.of(new FileSystemException("/srv/out/x", null, "Read-only file system")))
        .isEqualTo("read-only file system");
    assertThat(IoReason.of(new IOException("No space left on device"))).isEqualTo("no space left on device");
    assertThat(IoReason.of(new FileSystemException("/srv/out/x", null, "NFS server not responding")))
        .isEqualTo("NFS server not responding");
    assertThat(IoReason.of(new FileSystemException("/srv/out/x"))).isEqualTo("input/output error");
    assertThat(IoReason.of(new IOException())).isEqualTo("input/output error");
  }
}
