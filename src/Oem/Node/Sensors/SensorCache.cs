using I2cBridge;
using Oem.Platform;

namespace Oem.Node.Sensors;

/// <summary>
/// The in-memory side of <see cref="ISensorSource"/>: definitions, the latest reading of each sensor, the thresholds and
/// hysteresis in force and the thresholds' assertion state. Written by <see cref="SensorRefresher"/>, read from any thread.
/// </summary>
public sealed class SensorCache : ISensorSource
{
    private readonly SensorReading[] _readings;
    private readonly SensorThresholds[] _thresholds;
    private readonly ThresholdHysteresis[] _hysteresis;
    private readonly ThresholdTracker[] _trackers;
    private readonly Lock _lock = new();

    public SensorCache(IReadOnlyList<SensorDefinition> sensors, TimeSpan refreshPeriod)
    {
        Sensors = sensors;
        RefreshPeriod = refreshPeriod;
        _readings = new SensorReading[sensors.Count];
        _thresholds = sensors.Select(s => s.Thresholds).ToArray();
        _hysteresis = sensors.Select(s => new ThresholdHysteresis(s.PositiveHysteresis, s.NegativeHysteresis)).ToArray();
        _trackers = sensors.Select(_ => new ThresholdTracker()).ToArray();
    }

    public IReadOnlyList<SensorDefinition> Sensors { get; }

    public TimeSpan RefreshPeriod { get; }

    public event EventHandler<ThresholdCrossing>? ThresholdCrossed;

    public SensorReading GetReading(int index)
    {
        lock (_lock)
            return _readings[index];
    }

    public SensorThresholds GetThresholds(int index)
    {
        lock (_lock)
            return _thresholds[index];
    }

    public void SetThresholds(int index, SensorThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        if (thresholds.FindDisorder() is { } disorder)
            throw new ArgumentException($"{ThresholdLevels.JsonName(disorder.Level)}: {disorder.Problem}", nameof(thresholds));
        lock (_lock)
            _thresholds[index] = thresholds;
    }

    public ThresholdHysteresis GetHysteresis(int index)
    {
        lock (_lock)
            return _hysteresis[index];
    }

    public void SetHysteresis(int index, ThresholdHysteresis hysteresis)
    {
        if (!hysteresis.IsValid)
            throw new ArgumentException($"hysteresis {hysteresis} must be finite and not negative", nameof(hysteresis));
        lock (_lock)
            _hysteresis[index] = hysteresis;
    }

    /// <summary>Stores a successful reading and raises the threshold events it causes.</summary>
    public void Record(int index, double value, DateTimeOffset at)
    {
        var sensor = Sensors[index];
        var changes = new List<(ThresholdLevel Level, bool Asserted, double Threshold)>();
        lock (_lock)
        {
            _readings[index] = new SensorReading(value, null, at);
            _trackers[index].Evaluate(value, _thresholds[index], _hysteresis[index], changes);
        }
        foreach (var (level, asserted, threshold) in changes)
            ThresholdCrossed?.Invoke(this, new ThresholdCrossing(index, sensor.Name, level, asserted, value, threshold, at));
    }

    /// <summary>
    /// Marks a main-domain sensor "host off", keeping the time of its last success, and quietly clears its threshold
    /// assertions: a sensor that is not scanned raises no events, neither now nor when power returns.
    /// </summary>
    public void RecordHostOff(int index)
    {
        lock (_lock)
        {
            _readings[index] = new SensorReading(null, null, _readings[index].LastSuccess, HostOff: true);
            _trackers[index].Reset();
        }
    }

    /// <summary>Marks the sensor unavailable, keeping the time of its last success. Returns true when it was available before.</summary>
    public bool RecordFailure(int index, I2cFailure failure)
    {
        lock (_lock)
        {
            var previous = _readings[index];
            _readings[index] = new SensorReading(null, failure, previous.LastSuccess);
            return previous.IsAvailable || previous.IsInitializing;
        }
    }
}
