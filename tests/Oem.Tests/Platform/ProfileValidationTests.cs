using Oem.Platform;

namespace Oem.Tests.Platform;

public class ProfileValidationTests
{
    private static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "fixtures", "platforms", name);

    private const string Board = """
        { "name": "t", "identity": { "productId": 1, "systemGuid": "5a0d8d4e-c5a1-11f0-9a3b-00163e5e6c00" },
          "buses": [ { "id": 1, "device": "/dev/i2c-1" } ],
          "sensors": [
            { "name": "Inlet Temp", "kind": "temperature", "chip": "lm75", "bus": 1, "address": "0x48",
              "thresholds": { "upperNonCritical": 40, "upperCritical": 45 } },
            { "name": "PSU1 Input", "kind": "power", "chip": "pmbus", "bus": 1, "address": "0x58", "reading": "READ_PIN" } ],
          "power": { "chip": "pca9555", "bus": 1, "address": "0x20", "buttonPin": 0, "powerGoodPin": 1 },
          "identify": { "chip": "pca9555", "bus": 1, "address": "0x20", "pin": 2 },
          "fru": { "chip": "24c02", "bus": 1, "address": "0x50" } }
        """;

    [Test]
    public void Demo_profile_describes_the_1u_board()
    {
        var profile = ProfileLoader.Load(FixturePath(ProfileLoader.DemoProfileFileName));
        var psu = profile.Sensors.Single(s => s.Name == "PSU1 Input");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(profile.Node.Kind, Is.EqualTo(NodeKind.Chips));
            Assert.That(profile.Buses.Select(b => (b.Id, b.Device)), Is.EqualTo(new[] { (1, "simulated") }));
            Assert.That(profile.Sensors.Count(s => s.Chip == ChipKind.Emc2305), Is.GreaterThanOrEqualTo(2));
            Assert.That(profile.Sensors.Where(s => s.Chip == ChipKind.Ina226).Select(s => s.Address), Is.EqualTo(new[] { 0x40, 0x41, 0x44 }));
            Assert.That((psu.Chip, psu.Address, psu.Reading, psu.Pec), Is.EqualTo((ChipKind.Pmbus, 0x58, (PmbusReading?)PmbusReading.ReadPin, true)));
            Assert.That((profile.Fru!.Chip, profile.Fru.Address), Is.EqualTo((ChipKind.Eeprom24c02, 0x50)));
            Assert.That((profile.Power!.Address, profile.Power.ButtonPin, profile.Power.PowerGoodPin), Is.EqualTo((0x20, (int?)0, (int?)1)));
            Assert.That(profile.Identify!.Pin, Is.EqualTo(2));
        }
    }

    [Test]
    public void Vendor_register_profile_loads_its_register_map()
    {
        var profile = ProfileLoader.Load(FixturePath("vendor-mcu.json"));
        var inlet = profile.Sensors[0].Register!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(profile.Node.Kind, Is.EqualTo(NodeKind.Registers));
            Assert.That((inlet.Address, inlet.Width, inlet.Endianness, inlet.Signed, inlet.Scale), Is.EqualTo((0x10, 2, Endianness.Big, true, 0.1)));
            Assert.That((profile.Power!.On!.Register, profile.Power.On.Value), Is.EqualTo((0x30, 1u)));
        }
    }

    [Test]
    public void Ipmb_profile_names_the_bmc_address()
    {
        var node = ProfileLoader.Load(FixturePath("ipmb-bmc.json")).Node;
        Assert.That((node.Kind, node.Bus, node.Address, node.OwnAddress), Is.EqualTo((NodeKind.Ipmb, (int?)2, (int?)0x10, (int?)0x41)));
    }

    [Test]
    public void Minimal_board_is_valid() => Assert.That(ProfileLoader.Parse(Board, "b.json").Sensors, Has.Count.EqualTo(2));

    [TestCase("\"address\": \"0x48\"", "\"address\": \"0x90\"", "$.sensors[0].address", "7-bit")]
    [TestCase("\"address\": \"0x48\"", "\"address\": \"0x58\"", "$.sensors[1].address", "already a lm75")]
    [TestCase("\"chip\": \"24c02\", \"bus\": 1, \"address\": \"0x50\"", "\"chip\": \"24c02\", \"bus\": 1, \"address\": \"0x20\"", "$.fru.address", "already a pca9555")]
    [TestCase("\"chip\": \"lm75\", \"bus\": 1", "\"chip\": \"lm75\", \"bus\": 7", "$.sensors[0].bus", "bus 7 is not declared")]
    [TestCase("\"chip\": \"lm75\"", "\"chip\": \"lm76\"", "$.sensors[0].chip", "lm75, tmp75")]
    [TestCase("\"upperCritical\": 45", "\"upperCritical\": 35", "$.sensors[0].thresholds.upperCritical", "below upperNonCritical")]
    [TestCase("\"name\": \"Inlet Temp\"", "\"name\": \"Inlet Temperature Front\"", "$.sensors[0].name", "1-16 printable ASCII")]
    [TestCase("\"name\": \"PSU1 Input\"", "\"name\": \"Inlet Temp\"", "$.sensors[1].name", "unique")]
    [TestCase(", \"reading\": \"READ_PIN\"", "", "$.sensors[1].reading", "READ_PIN")]
    [TestCase("\"reading\": \"READ_PIN\"", "\"reading\": \"READ_VOUT\"", "$.sensors[1].kind", "expected voltage")]
    [TestCase("\"reading\": \"READ_PIN\"", "\"reading\": \"READ_WATTS\"", "$.sensors[1].reading", "READ_TEMPERATURE_1")]
    [TestCase("\"bus\": 1, \"address\": \"0x58\"", "\"bus\": 1", "$.sensors[1].address", "is missing")]
    [TestCase("\"device\": \"/dev/i2c-1\"", "\"device\": \"/dev/sda\"", "$.buses[0].device", "/dev/i2c-N")]
    [TestCase("\"powerGoodPin\": 1", "\"powerGoodPin\": 0", "$.power.powerGoodPin", "already used by $.power.buttonPin")]
    [TestCase("\"pin\": 2", "\"pin\": 1", "$.identify.pin", "already used by $.power.powerGoodPin")]
    [TestCase("\"pin\": 2", "\"pin\": 16", "$.identify.pin", "0-15")]
    [TestCase("\"chip\": \"24c02\"", "\"chip\": \"lm75\"", "$.fru.chip", "24c02 or 24c32")]
    [TestCase("{ \"id\": 1, \"device\": \"/dev/i2c-1\" }", "{ \"id\": 1, \"device\": \"/dev/i2c-1\", \"faults\": [ { \"kind\": \"nack\" } ] }", "$.buses[0].faults", "simulated")]
    public void Invalid_field_is_named_by_its_json_path(string original, string replacement, string field, string expected)
    {
        var error = Assert.Throws<ProfileException>(() => ProfileLoader.Parse(Board.Replace(original, replacement), "board.json"))!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Field, Is.EqualTo(field));
            Assert.That(error.Message, Does.StartWith($"board.json: {field}: ").And.Contain(expected));
        }
    }

    [Test]
    public void Ina226_current_range_that_cannot_be_calibrated_is_refused()
    {
        var json = Board.Replace(
            "{ \"name\": \"PSU1 Input\"",
            "{ \"name\": \"12V Current\", \"kind\": \"current\", \"chip\": \"ina226\", \"bus\": 1, \"address\": \"0x40\", \"measure\": \"current\", \"shuntMilliohm\": 0.1, \"maxCurrentA\": 0.1 },\n    { \"name\": \"PSU1 Input\"");
        var error = Assert.Throws<ProfileException>(() => ProfileLoader.Parse(json, "b.json"))!;
        Assert.That((error.Field, error.Problem), Is.EqualTo(("$.sensors[1].maxCurrentA", "0.1 A on a 0.1 mΩ shunt gives an INA226 calibration outside 1-32767; expected a maximum current that suits the shunt")));
    }

    [Test]
    public void Ipmb_node_without_bmc_address_is_refused()
    {
        const string json = """
            { "name": "t", "identity": { "systemGuid": "5a0d8d4e-c5a1-11f0-9a3b-00163e5e6c00" },
              "node": { "kind": "ipmb", "bus": 2 }, "buses": [ { "id": 2, "device": "/dev/i2c-2" } ] }
            """;
        var error = Assert.Throws<ProfileException>(() => ProfileLoader.Parse(json, "n.json"))!;
        Assert.That(error.Field, Is.EqualTo("$.node.address"));
    }

    [TestCase(null, 40.0, 45.0, null)]
    [TestCase(10.0, 10.0, 45.0, ThresholdLevel.UpperNonCritical)]
    [TestCase(null, 40.0, 40.0, null)]
    [TestCase(null, 45.0, 40.0, ThresholdLevel.UpperCritical)]
    public void Thresholds_order_allows_equal_neighbours_on_one_side_only(double? lowerNonCritical, double? upperNonCritical, double? upperCritical, ThresholdLevel? firstBad)
    {
        var thresholds = new SensorThresholds { LowerNonCritical = lowerNonCritical, UpperNonCritical = upperNonCritical, UpperCritical = upperCritical };
        Assert.That(thresholds.FindDisorder()?.Level, Is.EqualTo(firstBad));
    }
}
