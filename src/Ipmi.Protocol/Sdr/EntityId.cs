namespace Ipmi.Protocol.Sdr;

/// <summary>
/// Entity ID codes, IPMI v2.0 §43.14, Table 43-13 (the common subset; any byte may be cast), plus the
/// DCMI v1.5 entity IDs for temperature readings (§6.7.3).
/// </summary>
public enum EntityId : byte
{
    Unspecified = 0x00,
    Other = 0x01,
    Processor = 0x03,
    Disk = 0x04,
    SystemManagementModule = 0x06,
    SystemBoard = 0x07,
    MemoryModule = 0x08,
    PowerSupply = 0x0A,
    AddInCard = 0x0B,
    FrontPanelBoard = 0x0C,
    PowerUnit = 0x13,
    SystemChassis = 0x17,
    FanCoolingDevice = 0x1D,
    CoolingUnit = 0x1E,
    MemoryDevice = 0x20,
    SystemFirmware = 0x22,
    Battery = 0x28,
    ManagementControllerFirmware = 0x2E,
    AirInlet = 0x37,
    /// <summary>DCMI inlet temperature entity (IPMI's 0x37 is also accepted by DCMI clients).</summary>
    DcmiInlet = 0x40,
    /// <summary>DCMI CPU temperature entity.</summary>
    DcmiCpu = 0x41,
    /// <summary>DCMI baseboard temperature entity.</summary>
    DcmiBaseboard = 0x42,
}
