using Microsoft.Extensions.Logging;
using Oem.Node;
using Oem.State;

namespace Oem.Handlers.Chassis;

/// <summary>
/// The last chassis power state the sidecar saw or commanded, kept in power-state.json for the power restore policy
/// "previous" (IPMI v2.0 §28.8). Every change the node reports is saved; a save that fails is logged once and tried
/// again with the next report (the power sampler reports every 30 s), since the power state itself lives in the board.
/// </summary>
public sealed class LastPowerState : IDisposable
{
    private readonly IChassisPower _power;
    private readonly StateFile<PowerState> _file;
    private readonly ILogger<LastPowerState> _logger;
    private readonly Lock _lock = new();
    private bool? _saved;
    private bool _failing;

    public LastPowerState(IChassisPower power, StateFile<PowerState> file, ILogger<LastPowerState> logger)
    {
        _power = power;
        _file = file;
        _logger = logger;
        AtStart = file.Load(() => new PowerState()).PowerOn;
        _saved = AtStart;
        power.PowerStateChanged += OnChanged;
    }

    /// <summary>What the file held when the sidecar started: the state before the board (maybe) lost power.</summary>
    public bool? AtStart { get; }

    /// <summary>Saves <paramref name="on"/> unless it is what the file holds.</summary>
    public void Observe(bool on)
    {
        lock (_lock)
        {
            if (_saved == on)
                return;
            try
            {
                _file.Save(new PowerState { PowerOn = on });
                _saved = on;
                if (_failing)
                    HandlerLog.PowerStateSavedAgain(_logger);
                _failing = false;
            }
            catch (StateWriteException e)
            {
                if (!_failing)
                    HandlerLog.PowerStateSaveFailed(_logger, e.Message);
                _failing = true;
            }
        }
    }

    public void Dispose() => _power.PowerStateChanged -= OnChanged;

    private void OnChanged(object? sender, bool on) => Observe(on);
}
