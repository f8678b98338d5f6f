using I2cBridge;
using I2cBridge.Linux;
using I2cBridge.Queue;
using Microsoft.Extensions.Logging;
using Oem.Chips.Eeprom;
using Oem.Chips.Emc2305;
using Oem.Chips.Ina226;
using Oem.Chips.Lm75;
using Oem.Chips.Pca9555;
using Oem.Chips.Pmbus;
using Oem.Chips.Register;
using Oem.Node.Fru;
using Oem.Node.Identify;
using Oem.Node.Power;
using Oem.Node.Sensors;
using Oem.PassThrough;
using Oem.Platform;
using Oem.Simulation;

namespace Oem.Node;

/// <summary>
/// Builds the <see cref="ManagedNode"/> of a validated profile: opens each bus ("/dev/i2c-N" through i2c-dev,
/// "simulated" through the <see cref="DemoBoard"/>), puts one <see cref="I2cBusQueue"/> in front of each, and
/// creates the drivers and capabilities. No bus traffic happens here; chips are configured on first use.
/// </summary>
public sealed class NodeFactory(TimeProvider time, ILoggerFactory loggers)
{
    public ManagedNode Create(PlatformProfile profile, NodeOptions? options = null)
    {
        options ??= new NodeOptions();
        if (profile.Node.Kind is NodeKind.Ipmb or NodeKind.Ssif)
            return PassThroughNodeFactory.Create(profile, options, time, loggers);
        var logger = loggers.CreateLogger<NodeFactory>();

        var board = profile.Buses.Any(b => b.IsSimulated) ? DemoBoard.Create(profile, time, options.SimulateTiming) : null;
        var owned = new List<I2cBus>();
        var queues = new Dictionary<int, I2cBusQueue>();
        try
        {
            foreach (var bus in profile.Buses)
            {
                I2cBus i2c = bus.IsSimulated ? board!.Buses[bus.Id] : Own(owned, new LinuxI2cBus(bus.Id, new LinuxI2cBusOptions { DevicePath = bus.Device }));
                queues[bus.Id] = new I2cBusQueue(i2c, new I2cBusQueueOptions { Capacity = bus.QueueDepth, DefaultTimeout = TimeSpan.FromMilliseconds(bus.TimeoutMs) }, time);
            }
        }
        catch
        {
            foreach (var queue in queues.Values)
                queue.DisposeAsync().AsTask().GetAwaiter().GetResult();
            owned.ForEach(b => b.Dispose());
            board?.Dispose();
            throw;
        }

        var definitions = profile.Sensors.Select((s, i) => SensorDefaults.Define(i, s)).ToArray();
        var cache = definitions.Length > 0 ? new SensorCache(definitions, options.RefreshPeriod) : null;
        var chassisPower = profile.Power is { } power ? CreatePower(power, queues[power.Bus]) : null;
        var node = new ManagedNode(profile, queues, owned, board)
        {
            SensorCache = cache,
            Refresher = cache is null ? null : new SensorRefresher(cache, profile.Sensors.Select((s, i) => Channel(i, s, queues)).ToArray(), time,
                loggers.CreateLogger<SensorRefresher>(), chassisPower),
            Power = chassisPower,
            Identify = profile.Identify is { } identify ? CreateIdentify(identify, queues[identify.Bus]) : null,
            Fru = profile.Fru is { } fru ? CreateFru(fru, queues[fru.Bus]) : null,
        };
        NodeLog.NodeCreated(logger, profile.Name, queues.Count, definitions.Length, node.Power is not null, node.Fru is not null, node.Identify is not null);
        return node;
    }

    private static T Own<T>(List<I2cBus> owned, T bus) where T : I2cBus
    {
        owned.Add(bus);
        return bus;
    }

    private static SensorChannel Channel(int index, SensorProfile sensor, IReadOnlyDictionary<int, I2cBusQueue> queues)
    {
        var queue = queues[sensor.Bus];
        Func<CancellationToken, ValueTask<double>> read = sensor.Chip switch
        {
            ChipKind.Lm75 => new Lm75Device(queue, sensor.Address, Lm75Device.Lm75bResolutionBits).ReadTemperatureAsync,
            ChipKind.Tmp75 => new Lm75Device(queue, sensor.Address, Lm75Device.Tmp75PowerOnResolutionBits).ReadTemperatureAsync,
            ChipKind.Ina226 => Ina226Reader(new Ina226Device(queue, sensor.Address, sensor.ShuntMilliohm / 1000, sensor.MaxCurrentA), sensor.Measure!.Value),
            ChipKind.Pmbus => PmbusReader(new PmbusDevice(queue, sensor.Address, sensor.Pec), sensor.Reading!.Value),
            ChipKind.Emc2305 => FanReader(new Emc2305Device(queue, sensor.Address), sensor.Channel!.Value),
            ChipKind.Register => RegisterReader(new RegisterDevice(queue, sensor.Address), sensor.Register!),
            _ => throw new ArgumentException($"'{sensor.Chip}' is not a sensor chip (the profile was not validated).", nameof(sensor)),
        };
        return new SensorChannel(index, sensor.Bus, read);
    }

    private static Func<CancellationToken, ValueTask<double>> Ina226Reader(Ina226Device device, InaMeasure measure) => measure switch
    {
        InaMeasure.BusVoltage => device.ReadBusVoltageAsync,
        InaMeasure.ShuntVoltage => device.ReadShuntVoltageAsync,
        InaMeasure.Current => device.ReadCurrentAsync,
        _ => device.ReadPowerAsync,
    };

    private static Func<CancellationToken, ValueTask<double>> PmbusReader(PmbusDevice device, PmbusReading reading) => ct => device.ReadAsync(reading, ct);

    private static Func<CancellationToken, ValueTask<double>> FanReader(Emc2305Device device, int channel) => ct => device.ReadRpmAsync(channel, ct);

    private static Func<CancellationToken, ValueTask<double>> RegisterReader(RegisterDevice device, RegisterReadProfile register) => ct => device.ReadAsync(register, ct);

    private IChassisPower CreatePower(PowerProfile power, I2cBusQueue queue) => power.Chip == ChipKind.Pca9555
        ? new Pca9555ChassisPower(new Pca9555Device(queue, power.Address), power, time, loggers.CreateLogger<Pca9555ChassisPower>())
        : new RegisterChassisPower(new RegisterDevice(queue, power.Address), power, time, loggers.CreateLogger<RegisterChassisPower>());

    private static IIdentifyLed CreateIdentify(IdentifyProfile identify, I2cBusQueue queue) => identify.Chip == ChipKind.Pca9555
        ? new Pca9555IdentifyLed(new Pca9555Device(queue, identify.Address), identify.Pin!.Value, identify.ActiveLow)
        : new RegisterIdentifyLed(new RegisterDevice(queue, identify.Address), identify.On!, identify.Off!);

    private IFruStore CreateFru(FruProfile fru, I2cBusQueue queue)
    {
        var geometry = fru.Chip == ChipKind.Eeprom24c32 ? EepromGeometry.Eeprom24c32 : EepromGeometry.Eeprom24c02;
        return new EepromFruStore(new EepromDevice(queue, fru.Address, geometry, time), fru.Size ?? geometry.Size);
    }
}
