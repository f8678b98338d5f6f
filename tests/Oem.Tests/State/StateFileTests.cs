using Microsoft.Extensions.Logging;
using Oem.State;

namespace Oem.Tests.State;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class StateFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("state-test-").FullName;
    private readonly RecordingLogger _logger = new();

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private StateFile<ChassisPolicyState> File() =>
        new(Path.Combine(_directory, "chassis-policy.json"), StateJsonContext.Default.ChassisPolicyState, _logger);

    [Test]
    public void Saved_state_loads_back_and_leaves_no_temporary_file()
    {
        File().Save(new ChassisPolicyState { PowerRestorePolicy = 2 });

        Assert.That(File().Load(() => new ChassisPolicyState()).PowerRestorePolicy, Is.EqualTo(2));
        Assert.That(Directory.GetFiles(_directory).Select(Path.GetFileName), Is.EqualTo(new[] { "chassis-policy.json" }));
        Assert.That(_logger.Warnings, Is.Empty);
    }

    [Test]
    public void A_missing_file_loads_defaults_without_a_warning()
    {
        var state = File().Load(() => new ChassisPolicyState { PowerRestorePolicy = 1 });

        Assert.That(state.PowerRestorePolicy, Is.EqualTo(1));
        Assert.That(_logger.Warnings, Is.Empty);
    }

    [TestCase("{ \"powerRestorePolicy\": ")]
    [TestCase("null")]
    [TestCase("\u0000\u0000\u0000")]
    public void A_corrupt_file_loads_defaults_with_a_warning_naming_it(string content)
    {
        System.IO.File.WriteAllText(Path.Combine(_directory, "chassis-policy.json"), content);

        var state = File().Load(() => new ChassisPolicyState { PowerRestorePolicy = 1 });

        Assert.That(state.PowerRestorePolicy, Is.EqualTo(1));
        Assert.That(_logger.Warnings.Single(), Does.Contain("chassis-policy.json").And.Contain("unreadable"));
    }

    [Test, Description("a crash between writing the temporary file and the rename leaves the old content in force")]
    public void A_leftover_temporary_file_does_not_replace_the_state()
    {
        File().Save(new ChassisPolicyState { PowerRestorePolicy = 2 });
        System.IO.File.WriteAllText(Path.Combine(_directory, "chassis-policy.json.tmp"), "{ \"powerRestorePolicy\": 0 ");

        Assert.That(File().Load(() => new ChassisPolicyState()).PowerRestorePolicy, Is.EqualTo(2));
        File().Save(new ChassisPolicyState { PowerRestorePolicy = 1 });
        Assert.That(File().Load(() => new ChassisPolicyState()).PowerRestorePolicy, Is.EqualTo(1));
    }

    private sealed class RecordingLogger : ILogger
    {
        public List<string> Warnings { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning)
                Warnings.Add(formatter(state, exception));
        }
    }
}
