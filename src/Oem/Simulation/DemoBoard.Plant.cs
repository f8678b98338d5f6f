using Oem.Platform;

namespace Oem.Simulation;

/// <summary>
/// The plant model: every sensor is a first-order lag x' = (target − x) / τ towards a target that depends on the
/// host state — temperatures: ambient off, the sensor's nominal on (τ 30 s); input power and currents: 3 % standby
/// off, nominal on (τ 1 s); rails: 0 V off, nominal on (τ 50 ms); fans: stopped off, on their nominal speed scaled
/// by how hot the hottest temperature sensor is (τ 2 s). Integrated exactly between host events.
/// </summary>
public sealed partial class DemoBoard
{
    public const double AmbientCelsius = 22;

    /// <summary>Longest integration step, so fans follow temperatures that are still moving.</summary>
    private static readonly TimeSpan MaxStep = TimeSpan.FromSeconds(1);
    private const int MaxSteps = 600;

    private readonly List<Quantity> _quantities = [];
    private TimeSpan _modelTime;

    /// <summary>The model value of the sensor named <paramref name="name"/> now (what its chip will report, before quantisation).</summary>
    public double ValueOf(string name)
    {
        lock (_lock)
        {
            Advance();
            return _quantities.Single(q => q.Sensor.Name == name).Value;
        }
    }

    /// <summary>Advances the model to the current time and loads the chips; called before every chip read.</summary>
    public void Update()
    {
        lock (_lock)
        {
            Advance();
            Push();
        }
    }

    private void Advance()
    {
        var now = Now;
        while (NextHostEvent(now) is { } next)
        {
            Integrate(next.At);
            next.Apply();
        }
        Integrate(now);
    }

    private void Integrate(TimeSpan to)
    {
        var steps = 0;
        while (_modelTime < to)
        {
            var dt = to - _modelTime;
            if (dt > MaxStep && ++steps < MaxSteps)
                dt = MaxStep;
            foreach (var q in _quantities)
                q.Value += (Target(q) - q.Value) * (1 - Math.Exp(-dt.TotalSeconds / q.Tau.TotalSeconds));
            _modelTime += dt;
        }
    }

    private double Target(Quantity q)
    {
        var nominal = q.Sensor.Nominal;
        return q.Sensor.Kind switch
        {
            SensorKind.Temperature => _powerGood ? nominal ?? AmbientCelsius + 20 : AmbientCelsius,
            SensorKind.Voltage => _powerGood ? nominal ?? 0 : 0,
            SensorKind.Fan => _powerGood ? (nominal ?? 6000) * Math.Clamp(0.5 + 0.5 * Heat(), 0.4, 1.5) : 0,
            _ => (nominal ?? 0) * (_on ? 1 : 0.03),
        };
    }

    /// <summary>0 at ambient, 1 when the hottest temperature sensor sits at its nominal reading.</summary>
    private double Heat()
    {
        var heat = 0.0;
        foreach (var q in _quantities)
        {
            if (q.Sensor is { Kind: SensorKind.Temperature, Nominal: { } nominal } && nominal > AmbientCelsius + 1)
                heat = Math.Max(heat, (q.Value - AmbientCelsius) / (nominal - AmbientCelsius));
        }
        return heat;
    }

    private void Push()
    {
        foreach (var q in _quantities)
            q.Apply(q.Value);
        if (_gpio is not null)
            _gpio.SetInput(_power!.PowerGoodPin!.Value, _powerGood);
    }

    private void Bind(SensorProfile sensor, I2cBridge.Simulated.SimulatedI2cDevice chip)
    {
        Action<double> apply = chip switch
        {
            SimulatedLm75 lm75 => v => lm75.Temperature = v,
            SimulatedIna226 ina => sensor.Measure switch
            {
                InaMeasure.BusVoltage => v => ina.BusVoltage = v,
                InaMeasure.ShuntVoltage => v => ina.Current = v / ((sensor.ShuntMilliohm ?? 2) / 1000),
                InaMeasure.Current => v => ina.Current = v,
                _ => v => ina.Current = v / Math.Max(ina.BusVoltage, 1),
            },
            SimulatedPmbusPsu psu => v => psu.Set(sensor.Reading!.Value, v),
            SimulatedEmc2305 fans => v => fans.SetRpm(sensor.Channel!.Value, v),
            SimulatedRegisterMap map => v => map.Set(sensor.Register!, v),
            _ => _ => { },
        };
        var tau = sensor.Kind switch
        {
            SensorKind.Temperature => TimeSpan.FromSeconds(30),
            SensorKind.Voltage => TimeSpan.FromMilliseconds(50),
            SensorKind.Fan => TimeSpan.FromSeconds(2),
            _ => TimeSpan.FromSeconds(1),
        };
        var quantity = new Quantity(sensor, tau, apply);
        quantity.Value = Target(quantity);
        // Fans last: their target reads the temperatures integrated in the same step.
        if (sensor.Kind == SensorKind.Fan)
            _quantities.Add(quantity);
        else
            _quantities.Insert(_quantities.FindIndex(q => q.Sensor.Kind == SensorKind.Fan) is var i and >= 0 ? i : _quantities.Count, quantity);
    }

    private sealed class Quantity(SensorProfile sensor, TimeSpan tau, Action<double> apply)
    {
        public SensorProfile Sensor { get; } = sensor;
        public TimeSpan Tau { get; } = tau;
        public Action<double> Apply { get; } = apply;
        public double Value { get; set; }
    }
}
