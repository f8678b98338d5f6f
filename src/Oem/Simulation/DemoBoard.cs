using I2cBridge.Simulated;
using Oem.Chips.Eeprom;
using Oem.Chips.Lm75;
using Oem.Platform;

namespace Oem.Simulation;

/// <summary>
/// The simulated demo board: one <see cref="SimulatedI2cBus"/> per "simulated" bus of the profile, carrying a twin of
/// every chip the profile names, and a plant model that makes them behave over (injected) time: the PCA9555 button
/// toggles host power, power-good follows, temperatures and watts rise and fall, fans follow temperature, rails
/// read their nominal voltage only while the host is on. The model advances lazily whenever a chip is read.
/// </summary>
public sealed partial class DemoBoard : IDisposable
{
    private readonly TimeProvider _time;
    private readonly long _origin;
    private readonly Dictionary<int, SimulatedI2cBus> _buses = [];
    private readonly Dictionary<(int Bus, int Address), SimulatedI2cDevice> _chips = [];
    private readonly PlatformProfile _profile;

    private DemoBoard(PlatformProfile profile, TimeProvider time, bool simulateTiming)
    {
        _profile = profile;
        _time = time;
        _origin = time.GetTimestamp();
        foreach (var bus in profile.Buses.Where(b => b.IsSimulated))
        {
            _buses[bus.Id] = new SimulatedI2cBus(bus.Id, new SimulatedBusOptions
            {
                SpeedHz = bus.SpeedHz,
                SimulateTiming = simulateTiming,
                Faults = bus.Faults.Select(ToSimulatedFault).ToArray(),
            });
        }
    }

    /// <summary>Builds the board for every simulated bus of <paramref name="profile"/> (a validated profile).</summary>
    /// <param name="simulateTiming">Make transfers take their wire time (for the running demo; off in tests).</param>
    public static DemoBoard Create(PlatformProfile profile, TimeProvider? time = null, bool simulateTiming = false)
    {
        var board = new DemoBoard(profile, time ?? TimeProvider.System, simulateTiming);
        board.AttachChips();
        board.WireHost();
        lock (board._lock)
            board.Push();
        return board;
    }

    public IReadOnlyDictionary<int, SimulatedI2cBus> Buses => _buses;

    /// <summary>The twin at (bus, address), for tests and fault injection.</summary>
    public T Chip<T>(int bus, int address) where T : SimulatedI2cDevice => (T)_chips[(bus, address)];

    private TimeSpan Now => _time.GetElapsedTime(_origin);

    private void AttachChips()
    {
        foreach (var sensor in _profile.Sensors)
        {
            if (_buses.ContainsKey(sensor.Bus))
                Bind(sensor, Ensure(sensor.Bus, sensor.Address, sensor.Chip, sensor));
        }
        if (_profile.Power is { } power && _buses.ContainsKey(power.Bus))
            Ensure(power.Bus, power.Address, power.Chip, null);
        if (_profile.Identify is { } identify && _buses.ContainsKey(identify.Bus))
            Ensure(identify.Bus, identify.Address, identify.Chip, null);
        if (_profile.Fru is { } fru && _buses.ContainsKey(fru.Bus))
            Ensure(fru.Bus, fru.Address, fru.Chip, null);
    }

    private SimulatedI2cDevice Ensure(int bus, int address, ChipKind chip, SensorProfile? sensor)
    {
        if (_chips.TryGetValue((bus, address), out var existing))
            return existing;
        SimulatedI2cDevice device = chip switch
        {
            ChipKind.Lm75 => new SimulatedLm75(Lm75Device.Lm75bResolutionBits, AmbientCelsius) { BeforeRead = Update },
            ChipKind.Tmp75 => new SimulatedLm75(Lm75Device.Tmp75PowerOnResolutionBits, AmbientCelsius) { BeforeRead = Update },
            ChipKind.Ina226 => new SimulatedIna226((sensor?.ShuntMilliohm ?? 2) / 1000) { BeforeRead = Update },
            ChipKind.Pmbus => new SimulatedPmbusPsu { BeforeRead = Update },
            ChipKind.Emc2305 => new SimulatedEmc2305 { BeforeRead = Update },
            ChipKind.Pca9555 => new SimulatedPca9555 { BeforeRead = Update },
            ChipKind.Eeprom24c02 => new SimulatedEeprom(EepromGeometry.Eeprom24c02, DemoFru(EepromGeometry.Eeprom24c02.Size)),
            ChipKind.Eeprom24c32 => new SimulatedEeprom(EepromGeometry.Eeprom24c32, DemoFru(EepromGeometry.Eeprom24c32.Size)),
            _ => new SimulatedRegisterMap { BeforeRead = Update },
        };
        _buses[bus].Attach(address, device);
        _chips[(bus, address)] = device;
        return device;
    }

    private byte[] DemoFru(int size)
    {
        var identity = _profile.Identity;
        var serial = $"SN{identity.ProductId:X4}{identity.SystemGuid.ToString("N")[..8].ToUpperInvariant()}";
        var part = $"ISC-{_profile.Name.ToUpperInvariant()}";
        return FruImageWriter.Write(
            new FruImageWriter.BoardInfo(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), "IpmiSidecar", $"{_profile.Name} board", serial, part),
            new FruImageWriter.ProductInfo("IpmiSidecar", _profile.Name, part, identity.FirmwareVersion, serial, ""),
            Math.Min(size, _profile.Fru?.Size ?? size));
    }

    private static SimulatedFault ToSimulatedFault(FaultProfile fault) => new()
    {
        Kind = fault.Kind switch
        {
            FaultKind.Nack => SimulatedFaultKind.NackOnAddress,
            FaultKind.Timeout => SimulatedFaultKind.Timeout,
            FaultKind.StuckBus => SimulatedFaultKind.StuckBus,
            FaultKind.NackAfterBytes => SimulatedFaultKind.NackAfterBytes,
            FaultKind.CorruptByte => SimulatedFaultKind.CorruptByte,
            _ => SimulatedFaultKind.BadPec,
        },
        Address = fault.Address,
        AfterBytes = fault.AfterBytes,
        ByteIndex = fault.ByteIndex,
        Persistent = !fault.Once,
    };

    public void Dispose()
    {
        foreach (var bus in _buses.Values)
            bus.Dispose();
    }
}
