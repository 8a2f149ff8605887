// A consumer's application as a named module: it requires the library by its module name and
// nothing else but SLF4J, for which it brings its own provider (see WarningPrinter).
module consumer {
  requires org.convoca.rules;
  requires org.slf4j;

  provides org.slf4j.spi.SLF4JServiceProvider with consumer.WarningPrinter;
}
