using Microsoft.Extensions.Logging;
using Oem.State;

namespace Oem.Tests.State;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class StateDirectoryTests : IDisposable
{
    private readonly string _parent = Directory.CreateTempSubdirectory("state-dir-test-").FullName;
    private readonly RecordingLoggers _loggers = new();

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    [Test]
    public void A_new_directory_is_one_information_line_naming_it()
    {
        var path = Path.Combine(_parent, "state");

        _ = new StateDirectory(path, _loggers);

        Assert.That(_loggers.Lines, Is.EqualTo(new[] { $"Information: New state directory '{path}'; every state file starts from defaults" }));
    }

    [Test]
    public void A_directory_holding_state_logs_nothing()
    {
        File.WriteAllText(Path.Combine(_parent, "chassis-policy.json"), "{}");

        _ = new StateDirectory(_parent, _loggers);

        Assert.That(_loggers.Lines, Is.Empty);
    }

    private sealed class RecordingLoggers : ILoggerFactory, ILogger
    {
        public List<string> Lines { get; } = [];

        public ILogger CreateLogger(string categoryName) => this;

        public void AddProvider(ILoggerProvider provider) { }

        public void Dispose() { }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add($"{logLevel}: {formatter(state, exception)}");
    }
}
