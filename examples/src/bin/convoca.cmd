@echo off
rem convoca: runs the Convoca command-line tool of the distribution this file belongs to.
rem
rem   convoca COMMAND [ARGS...]          e.g. convoca assess examples\federal-call-2021.json
rem
rem Java 17 or later: JAVA_HOME\bin\java.exe when JAVA_HOME is set, else the java.exe on the PATH.
rem JAVA_OPTS: options for the JVM (set JAVA_OPTS=-Xmx4g). The arguments reach the tool as given,
rem and the exit code is the tool's (see README.md); a launcher problem (no Java) is exit code 4
rem with one line saying why. Works from any folder; paths may hold spaces.
setlocal DisableDelayedExpansion

rem The distribution's folder: this file's folder's parent, as a full path.
set "CONVOCA_HOME=%~dp0.."
for %%i in ("%CONVOCA_HOME%") do set "CONVOCA_HOME=%%~fi"

rem The Java to run: JAVA_HOME's, else the first java.exe on the PATH (found by cmd itself).
if defined JAVA_HOME goto javaFromJavaHome
set "JAVA_EXE="
for %%j in (java.exe) do set "JAVA_EXE=%%~$PATH:j"
if not defined JAVA_EXE goto noJava
goto run

:javaFromJavaHome
set "JAVA_EXE=%JAVA_HOME:"=%\bin\java.exe"
if exist "%JAVA_EXE%" goto run
echo convoca: JAVA_HOME is set to '%JAVA_HOME%', which has no bin\java.exe; point it to a Java 17 or later, or unset it to use the java on the PATH 1>&2
exit /b 4

:noJava
echo convoca: no Java found: install Java 17 or later, and put its bin folder on the PATH or set JAVA_HOME 1>&2
exit /b 4

:run
rem Start-up: lib\convoca.jsa, which the build records (issue 11), is a class-data-sharing archive
rem of the classes the tool loads. It only fits the JDK, the jars and the folder it was recorded
rem with; anywhere else the JVM ignores it (-Xshare:auto) and starts normally, and the logging
rem options keep that silent. JAVA_OPTS comes after it, so that it can override it (-Xshare:off).
set CONVOCA_CDS=
if exist "%CONVOCA_HOME%\lib\convoca.jsa" set CONVOCA_CDS="-XX:SharedArchiveFile=%CONVOCA_HOME%\lib\convoca.jsa" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off
rem Speed: when no file argument is larger than 100 MB, the quick compiler (C1) alone, for the
rem reason bin/convoca gives; JAVA_OPTS comes after it too, and JAVA_OPTS=-XX:TieredStopAtLevel=4
rem gives the optimising compiler back. A folder has no size ("%%~a\*" exists only for a folder).
set CONVOCA_JIT=-XX:TieredStopAtLevel=1
for %%a in (%*) do if exist "%%~a" if not exist "%%~a\*" if %%~za GTR 100000000 set CONVOCA_JIT=
rem Start-up: when no file argument is larger than 10 MB, a young generation of 128 MB, which such
rem a run does not fill, and no class generated for each method called often through reflection,
rem for the reasons bin/convoca gives; JAVA_OPTS comes after them too.
set CONVOCA_YOUNG=-XX:NewSize=128m
for %%a in (%*) do if exist "%%~a" if not exist "%%~a\*" if %%~za GTR 10000000 set CONVOCA_YOUNG=
set CONVOCA_REFLECT=
if defined CONVOCA_YOUNG set CONVOCA_REFLECT=-Dsun.reflect.inflationThreshold=1000000
rem Collector: when the largest file argument is over 10 MB and at most 300 MB, the parallel
rem collector, for the reason and with the figures bin/convoca gives; none when JAVA_OPTS or
rem JDK_JAVA_OPTIONS chooses a collector, since the JVM refuses two.
set CONVOCA_GC=
if not defined CONVOCA_YOUNG set CONVOCA_GC=-XX:+UseParallelGC
for %%a in (%*) do if exist "%%~a" if not exist "%%~a\*" if %%~za GTR 300000000 set CONVOCA_GC=
echo.%JAVA_OPTS% %JDK_JAVA_OPTIONS% | findstr /r /c:"-XX:+Use[A-Za-z0-9]*GC" > nul && set CONVOCA_GC=

"%JAVA_EXE%" %CONVOCA_CDS% %CONVOCA_YOUNG% %CONVOCA_REFLECT% %CONVOCA_GC% %CONVOCA_JIT% %JAVA_OPTS% -jar "%CONVOCA_HOME%\lib\convoca.jar" %*
exit /b %ERRORLEVEL%
