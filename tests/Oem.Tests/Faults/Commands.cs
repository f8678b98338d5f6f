using Ipmi.Protocol;

namespace Oem.Tests.Faults;

/// <summary>The requests of each command group, as ipmitool 1.8.19 sends them, and the demo chip each one reaches.</summary>
public static class Commands
{
    public const int Pca9555 = 0x20, Eeprom = 0x50, InletLm75 = 0x48, Psu = 0x58;

    /// <summary>`chassis status` (§28.2): reads the PCA9555 input port.</summary>
    public static readonly BenchCommand ChassisStatus = new("chassis status", NetFn.Chassis, 0x01, "", Pca9555);

    /// <summary>`chassis power on` (§28.3): reads power-good, then presses the button pin.</summary>
    public static readonly BenchCommand PowerOn = new("chassis power on", NetFn.Chassis, 0x02, "01", Pca9555);

    /// <summary>`chassis identify 15` (§28.5): drives the identify pin.</summary>
    public static readonly BenchCommand Identify = new("chassis identify", NetFn.Chassis, 0x04, "0f", Pca9555);

    /// <summary>`fru print` chunk (§34.2): device 0, offset 0, 16 bytes.</summary>
    public static readonly BenchCommand FruRead = new("fru read", NetFn.Storage, 0x11, "00 00 00 10", Eeprom);

    /// <summary>Write FRU Data (§34.3) past the demo's inventory areas: device 0, offset 0xF0, two bytes.</summary>
    public static readonly BenchCommand FruWrite = new("fru write", NetFn.Storage, 0x12, "00 f0 00 aa bb", Eeprom);

    /// <summary>`i2c bus=1 0xa0 8 0x00` (§22.11): 03 a0 08 00.</summary>
    public static readonly BenchCommand MasterWriteRead = new("master write-read", NetFn.App, 0x52, "03 a0 08 00", Eeprom);

    /// <summary>`sensor get "Inlet Temp"` (§35.14): sensor number 1.</summary>
    public static readonly BenchCommand InletReading = new("sensor reading (Inlet Temp)", NetFn.SensorEvent, 0x2D, "01", InletLm75);

    /// <summary>Get Sensor Reading of "PSU1 Input", sensor number 9 (PMBus with PEC).</summary>
    public static readonly BenchCommand PsuReading = new("sensor reading (PSU1 Input)", NetFn.SensorEvent, 0x2D, "09", Psu);

    /// <summary>`dcmi power reading` (DCMI v1.5 §6.6.1): DC 01 00 00.</summary>
    public static readonly BenchCommand PowerReading = new("dcmi power reading", NetFn.GroupExtension, 0x02, "dc 01 00 00", Psu, Group: 0xDC);

    /// <summary>`sdr list` first record (§33.12): no reservation, record 1, whole record.</summary>
    public static readonly BenchCommand GetSdr = new("get sdr", NetFn.Storage, 0x23, "00 00 01 00 00 ff", null);

    /// <summary>Add SEL Entry (§31.6): a system event record as `ipmitool sel add` sends it.</summary>
    public static readonly BenchCommand AddSel = new("add sel entry", NetFn.Storage, 0x44, "00 00 02 00 00 00 00 20 00 04 01 30 01 57 2a 28", null);

    /// <summary>`sel info` (§31.2).</summary>
    public static readonly BenchCommand SelInfo = new("sel info", NetFn.Storage, 0x40, "", null);

    /// <summary>Commands that go to the bus on the request's path, so a fault shows as their completion code.</summary>
    public static readonly BenchCommand[] OnTheBus = [ChassisStatus, PowerOn, Identify, FruRead, FruWrite, MasterWriteRead];

    /// <summary>Commands that never touch the bus: they must keep answering 0x00 while it is faulty.</summary>
    public static readonly BenchCommand[] OffTheBus = [GetSdr, AddSel, SelInfo];
}
