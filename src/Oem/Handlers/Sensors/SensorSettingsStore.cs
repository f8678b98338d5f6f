using Microsoft.Extensions.Logging;
using Oem.Node;
using Oem.Platform;
using Oem.State;

namespace Oem.Handlers.Sensors;

/// <summary>
/// Thresholds (Set Sensor Thresholds, IPMI v2.0 §35.8) and hysteresis (Set Sensor Hysteresis, §35.6) that clients set,
/// kept in sensor-settings.json by sensor name and put in force over the profile's when the node starts. A change is
/// saved before it takes effect, so a save that fails (<see cref="StateWriteException"/>) leaves the sensor as it was
/// and the request is refused. Saved settings the profile no longer fits (thresholds out of order with the profile's
/// others) are left out with a warning.
/// </summary>
public sealed class SensorSettingsStore
{
    private readonly ISensorSource _sensors;
    private readonly StateFile<SensorSettingsState> _file;
    private readonly Lock _lock = new();
    private SensorSettingsState _state;

    public SensorSettingsStore(ISensorSource sensors, StateFile<SensorSettingsState> file, ILogger<SensorSettingsStore> logger)
    {
        _sensors = sensors;
        _file = file;
        _state = file.Load(() => new SensorSettingsState());
        foreach (var sensor in sensors.Sensors)
        {
            if (_state.Sensors.TryGetValue(sensor.Name, out var saved))
                Restore(sensor, saved, logger);
        }
    }

    /// <summary>
    /// Puts the levels <paramref name="changes"/> gives in force, the others unchanged. False (and nothing changed) when
    /// the result is out of order; throws <see cref="StateWriteException"/> when it cannot be saved.
    /// </summary>
    public bool TrySetThresholds(int index, SensorThresholds changes)
    {
        var name = _sensors.Sensors[index].Name;
        lock (_lock)
        {
            var current = _sensors.GetThresholds(index);
            var updated = SensorThresholds.From(level => changes[level] ?? current[level]);
            if (updated.FindDisorder() is not null)
                return false;
            var saved = Saved(name);
            var thresholds = saved.Thresholds ?? new SensorThresholds();
            Save(name, saved with { Thresholds = SensorThresholds.From(level => changes[level] ?? thresholds[level]) });
            _sensors.SetThresholds(index, updated);
        }
        return true;
    }

    /// <summary>Puts <paramref name="hysteresis"/> in force; throws <see cref="StateWriteException"/> when it cannot be saved.</summary>
    public void SetHysteresis(int index, ThresholdHysteresis hysteresis)
    {
        if (!hysteresis.IsValid)
            throw new ArgumentException($"hysteresis {hysteresis} must be finite and not negative", nameof(hysteresis));
        var name = _sensors.Sensors[index].Name;
        lock (_lock)
        {
            Save(name, Saved(name) with { PositiveHysteresis = hysteresis.PositiveGoing, NegativeHysteresis = hysteresis.NegativeGoing });
            _sensors.SetHysteresis(index, hysteresis);
        }
    }

    private SensorSetting Saved(string name) => _state.Sensors.GetValueOrDefault(name) ?? new SensorSetting();

    private void Save(string name, SensorSetting setting)
    {
        var state = _state with { Sensors = new Dictionary<string, SensorSetting>(_state.Sensors) { [name] = setting } };
        _file.Save(state);
        _state = state;
    }

    private void Restore(SensorDefinition sensor, SensorSetting saved, ILogger logger)
    {
        var restoredAny = false;
        if (saved.Thresholds is { } thresholds)
        {
            var restored = SensorThresholds.From(level => thresholds[level] ?? sensor.Thresholds[level]);
            if (restored.FindDisorder() is { } disorder)
                HandlerLog.SensorSettingIgnored(logger, sensor.Name, _file.Path, $"{ThresholdLevels.JsonName(disorder.Level)}: {disorder.Problem}");
            else
            {
                _sensors.SetThresholds(sensor.Index, restored);
                restoredAny = true;
            }
        }
        if (saved.PositiveHysteresis is not null || saved.NegativeHysteresis is not null)
        {
            var hysteresis = new ThresholdHysteresis(saved.PositiveHysteresis ?? sensor.PositiveHysteresis, saved.NegativeHysteresis ?? sensor.NegativeHysteresis);
            if (hysteresis.IsValid)
            {
                _sensors.SetHysteresis(sensor.Index, hysteresis);
                restoredAny = true;
            }
            else
                HandlerLog.SensorSettingIgnored(logger, sensor.Name, _file.Path, $"hysteresis {hysteresis} must be finite and not negative");
        }
        if (restoredAny)
            HandlerLog.SensorSettingsRestored(logger, sensor.Name, _file.Path);
    }
}
