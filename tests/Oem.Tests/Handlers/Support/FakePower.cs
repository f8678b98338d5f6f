using Oem.Node;

namespace Oem.Tests.Handlers.Support;

/// <summary>Chassis power in memory: actions flip the state at once, or fail as told; reads and actions report changes.</summary>
public sealed class FakePower : IChassisPower
{
    private bool? _seen;

    public bool On { get; set; }
    public bool Fault { get; set; }
    public Exception? Failure { get; set; }
    /// <summary>When set, actions wait for it (a slow forced off).</summary>
    public TaskCompletionSource? Hold { get; set; }
    public List<string> Actions { get; } = [];

    public bool SupportsHardReset { get; set; } = true;
    public bool SupportsDiagnosticInterrupt { get; set; }
    public RestartCause LastRestartCause { get; set; }
    public DateTimeOffset? LastRestartAt { get; set; }

    public event EventHandler<bool>? PowerStateChanged;

    /// <summary>How many times <see cref="GetStatusAsync"/> was called.</summary>
    public int StatusReads { get; private set; }

    public ValueTask<ChassisPowerStatus> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        StatusReads++;
        Seen(On);
        return ValueTask.FromResult(new ChassisPowerStatus(On, Fault, LastRestartCause));
    }

    public ValueTask PowerOnAsync(RestartCause cause = RestartCause.ChassisControl, CancellationToken cancellationToken = default) => Act("on", true);
    public ValueTask PowerOffAsync(bool force = true, CancellationToken cancellationToken = default) => Act(force ? "off" : "soft", false);
    public ValueTask PowerCycleAsync(CancellationToken cancellationToken = default) => Act("cycle", true);
    public ValueTask HardResetAsync(CancellationToken cancellationToken = default) => Act("reset", true);
    public ValueTask SoftOffAsync(CancellationToken cancellationToken = default) => Act("soft", On);
    public ValueTask DiagnosticInterruptAsync(CancellationToken cancellationToken = default) => Act("nmi", On);

    private async ValueTask Act(string action, bool on)
    {
        Actions.Add(action);
        if (Hold is { } hold)
            await hold.Task;
        if (Failure is { } failure)
            throw failure;
        On = on;
        Seen(on);
    }

    private void Seen(bool on)
    {
        if (_seen == on)
            return;
        _seen = on;
        PowerStateChanged?.Invoke(this, on);
    }
}
