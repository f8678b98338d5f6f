// SPDX-License-Identifier: GPL-2.0-only
/*
 * i2c-regstub: a test-only I2C master adapter for IpmiSidecar's hardware tests.
 *
 * Unlike the kernel's i2c-stub (SMBus only), this adapter implements master_xfer, so I2C_RDWR with a
 * repeated start works exactly as on a real controller; the I2C core emulates SMBus on top of it.
 * Every chip named in chip_addr is a 256-byte register file with an auto-incrementing 8-bit pointer
 * (24C02 style): in a write message the first byte sets the pointer and the remaining bytes are stored
 * from it on; a read message returns bytes from the pointer on. A message to any other address fails
 * with -ENXIO, which is what i2c-dev reports for a real controller's address NAK.
 *
 * Kernel modules must be GPL-compatible to be loaded without tainting the kernel; this file is
 * therefore GPL-2.0-only, unlike the rest of the repository (Apache-2.0). It is built and loaded only
 * inside the throw-away test VM (tests/hardware/vm/boot.sh).
 */
#include <linux/i2c.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/slab.h>

#define REGSTUB_MAX_CHIPS 8

static unsigned short chip_addr[REGSTUB_MAX_CHIPS];
static int chip_count;
module_param_array(chip_addr, ushort, &chip_count, 0444);
MODULE_PARM_DESC(chip_addr, "7-bit addresses of the register-file chips (up to 8)");

struct regstub_chip {
	u8 pointer;
	u8 registers[256];
};

static struct regstub_chip *chips;
static DEFINE_MUTEX(regstub_lock);

static struct regstub_chip *regstub_find(const struct i2c_msg *msg)
{
	int i;

	if (msg->flags & I2C_M_TEN)
		return NULL;
	for (i = 0; i < chip_count; i++)
		if (chip_addr[i] == msg->addr)
			return &chips[i];
	return NULL;
}

static void regstub_transfer(struct regstub_chip *chip, struct i2c_msg *msg)
{
	u16 i;

	if (msg->flags & I2C_M_RD) {
		for (i = 0; i < msg->len; i++)
			msg->buf[i] = chip->registers[chip->pointer++];
		return;
	}
	if (msg->len == 0)
		return;
	chip->pointer = msg->buf[0];
	for (i = 1; i < msg->len; i++)
		chip->registers[chip->pointer++] = msg->buf[i];
}

/* One call is one combined transaction: every message, or none if any address is absent. */
static int regstub_master_xfer(struct i2c_adapter *adapter, struct i2c_msg *msgs, int count)
{
	int i;

	mutex_lock(&regstub_lock);
	for (i = 0; i < count; i++) {
		if (!regstub_find(&msgs[i])) {
			mutex_unlock(&regstub_lock);
			return -ENXIO;
		}
	}
	for (i = 0; i < count; i++)
		regstub_transfer(regstub_find(&msgs[i]), &msgs[i]);
	mutex_unlock(&regstub_lock);
	return count;
}

static u32 regstub_functionality(struct i2c_adapter *adapter)
{
	return I2C_FUNC_I2C | I2C_FUNC_SMBUS_EMUL;
}

static const struct i2c_algorithm regstub_algorithm = {
	.master_xfer = regstub_master_xfer,
	.functionality = regstub_functionality,
};

static struct i2c_adapter regstub_adapter = {
	.owner = THIS_MODULE,
	.class = I2C_CLASS_HWMON,
	.algo = &regstub_algorithm,
	.name = "IpmiSidecar regstub master",
};

static int __init regstub_init(void)
{
	int status;

	if (chip_count == 0)
		return -EINVAL;
	chips = kcalloc(chip_count, sizeof(*chips), GFP_KERNEL);
	if (!chips)
		return -ENOMEM;
	status = i2c_add_adapter(&regstub_adapter);
	if (status)
		kfree(chips);
	return status;
}

static void __exit regstub_exit(void)
{
	i2c_del_adapter(&regstub_adapter);
	kfree(chips);
}

module_init(regstub_init);
module_exit(regstub_exit);
MODULE_LICENSE("GPL v2");
MODULE_DESCRIPTION("Test I2C master with register-file chips, for IpmiSidecar hardware tests");
