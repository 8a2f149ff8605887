package org.convoca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.convoca.language.Language;
import org.junit.jupiter.api.Test;

class IoReasonTest {

  @Test
  void saysWhyInPlainWordsWithoutTheExceptionOrTheFile() {
    assertThat(reason(new AccessDeniedException("/srv/out/report.md"))).isEqualTo("permission denied");
    assertThat(reason(new NoSuchFileException("/srv/out"))).isEqualTo("no such file or folder");
    assertThat(reason(new FileSystemException("/srv/out/x", null, "No space left on device")))
        .isEqualTo("no space left on device");
    assertThat(reason(new FileSystemException("/srv/out/x", null, "Read-only file system")))
        .isEqualTo("read-only file system");
    assertThat(reason(new IOException("No space left on device"))).isEqualTo("no space left on device");
    assertThat(reason(new FileSystemException("/srv/out/x", null, "NFS server not responding")))
        .isEqualTo("NFS server not responding");
    assertThat(reason(new FileSystemException("/srv/out/x"))).isEqualTo("input/output error");
    assertThat(reason(new IOException())).isEqualTo("input/output error");
  }

  @Test
  void saysTheKindsJavaNamesInSpanishAndTheOperatingSystemsWordsAsTheyAre() {
    assertThat(IoReason.of(new AccessDeniedException("/srv/out/report.md")).in(Language.SPANISH))
        .isEqualTo("permiso denegado");
    assertThat(IoReason.of(new IOException()).in(Language.SPANISH)).isEqualTo("error de entrada/salida");
    assertThat(IoReason.of(new FileSystemException("/srv/out/x", null, "No space left on device")).in(Language.SPANISH))
        .isEqualTo("no space left on device");
  }

  private static String reason(IOException failure) {
    return IoReason.of(failure).in(Language.ENGLISH);
  }
}
