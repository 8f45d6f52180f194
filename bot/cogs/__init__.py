"""One cog per feature of the bot, loaded as extensions by :class:`bot.client.CocokBot`."""
